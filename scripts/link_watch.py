"""Check every external link of the built site and every dataset origin, and keep one issue open
about the broken ones.

    python scripts/link_watch.py check --site site [--report broken-links.md]
    python scripts/link_watch.py issue --report broken-links.md

``check`` serves the built site on 127.0.0.1, with one extra page that links every ``origin`` of
scripts/lib/datasets.json, and runs LinkChecker (https://linkchecker.github.io/linkchecker/, an
existing checker; Debian's ``linkchecker`` or the pinned .github/linkchecker.lock) on it: it
crawls the site and checks each link that leaves it, without following it further. A link that
fails is checked a second time after ``--recheck-after`` seconds, so a server's bad minute does
not raise an alarm. Exit 0 when everything works (the report file is removed), 1 when something
is broken (the report, in Markdown, names each link and the pages that have it), 2 on bad input.

``issue`` (for the weekly workflow .github/workflows/link-watch.yml, with the GitHub CLI ``gh``):
with a report, open the issue titled ``--title`` or, when it is already open, replace its text;
without one, close that issue if it is open. So there is at most one such issue at a time.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import html
import http.server
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT / "scripts" / "lib" / "datasets.json"
ORIGINS_PAGE = "/link-watch-dataset-origins.html"
TITLE = "Link watch: broken external links"
# GitHub answers an edit link with its sign-in page: the view link beside it is checked instead.
IGNORED = [r"^https://github\.com/[^/]+/[^/]+/edit/"]
MAX_PAGES = 3  # pages named per broken link in the report


class Failure(Exception):
    """Bad input: a one-line message, exit status 2."""


# --- serving the site --------------------------------------------------------------------------


def origins(datasets: Path) -> list[tuple[str, str]]:
    """(origin URL, what it is) for each entry of a datasets.json."""
    try:
        entries = json.loads(datasets.read_text(encoding="utf-8"))["datasets"]
        return [(entry["origin"], entry.get("about", entry["origin"])) for entry in entries]
    except FileNotFoundError:
        raise Failure(f"no datasets file {datasets}") from None
    except (ValueError, KeyError, TypeError) as error:
        raise Failure(
            f"{datasets} is not a datasets registry (a 'datasets' list of entries with an 'origin'): {error}"
        ) from None


def origins_page(entries: list[tuple[str, str]]) -> bytes:
    items = "".join(
        f'<li><a href="{html.escape(url)}">{html.escape(about)}</a></li>' for url, about in entries
    )
    return f"<!doctype html><title>Dataset origins</title><ul>{items}</ul>".encode()


class _Handler(http.server.SimpleHTTPRequestHandler):
    extra: bytes = b""

    def do_GET(self):  # noqa: N802 (the base class's name)
        if self.path.split("?")[0] == ORIGINS_PAGE:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(self.extra)))
            self.end_headers()
            self.wfile.write(self.extra)
            return
        super().do_GET()

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


class Server:
    """The built site on 127.0.0.1 (a free port), plus the page of dataset origins."""

    def __init__(self, site: Path, extra: bytes):
        handler = type("Handler", (_Handler,), {"extra": extra})
        self._server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(site))
        )
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self):
        self._server.shutdown()
        self._server.server_close()


# --- running LinkChecker -----------------------------------------------------------------------


def linkchecker(
    command: str, urls: list[str], *, recurse: bool, timeout: int, threads: int = 4
) -> list[dict]:
    """LinkChecker's rows for the links that failed (its CSV output, ``valid`` False)."""
    argv = [command, "--check-extern", "--no-robots", "--no-status", "--no-warnings", "-o", "csv/utf-8"]
    argv += ["--timeout", str(timeout), "--threads", str(threads)]
    argv += [arg for pattern in IGNORED for arg in ("--ignore-url", pattern)]
    if not recurse:
        argv += ["--recursion-level", "0"]
    result = subprocess.run([*argv, *urls], capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode not in (0, 1):  # 1: some link failed
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise Failure(f"linkchecker failed (exit {result.returncode}): {last}")
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
    return [row for row in rows if row.get("valid") == "False"]


def pages_with(site: Path, url: str) -> list[str]:
    """The site's pages (as URL paths) whose HTML has ``url``: LinkChecker names only the first."""
    needles = (f'"{url}"', f'"{html.escape(url)}"')
    found = []
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8", errors="replace")
        if any(needle in text for needle in needles):
            path = page.relative_to(site).as_posix()
            found.append("/" + path.removesuffix("index.html"))
    return found


def check(
    site: Path, datasets: Path, command: str, timeout: int, recheck_after: float, threads: int = 4
) -> dict[str, dict]:
    """{broken URL: {"result": ..., "pages": [...]}} for the site's links and the dataset origins."""
    entries = origins(datasets)
    server = Server(site, origins_page(entries))
    try:
        start = [server.base + "/", server.base + ORIGINS_PAGE]
        failed = {
            row["url"] or row["urlname"]: row["result"]
            for row in linkchecker(command, start, recurse=True, timeout=timeout, threads=threads)
        }
    finally:
        server.close()
    if failed and recheck_after >= 0:
        time.sleep(recheck_after)
        again = linkchecker(command, list(failed), recurse=False, timeout=timeout, threads=threads)
        failed = {row["url"] or row["urlname"]: row["result"] for row in again}
    registry = {url for url, _ in entries}
    broken = {}
    for url, result in sorted(failed.items()):
        pages = pages_with(site, url)
        if url in registry:
            pages.insert(0, "scripts/lib/datasets.json")
        broken[url] = {"result": result, "pages": pages}
    return broken


def report(broken: dict[str, dict], when: str, run_url: str | None) -> str:
    run = f" ([run]({run_url}))" if run_url else ""
    lines = [
        f"The weekly link watch{run} found {len(broken)} broken link{'s' * (len(broken) != 1)} "
        f"on {when}. Each failed twice, a while apart. It checks every link of the built site "
        "that leaves it and every dataset origin in `scripts/lib/datasets.json`; this issue is "
        "updated on each run and closed when everything works again.",
        "",
        "| link | what happened | where |",
        "|---|---|---|",
    ]
    for url, found in broken.items():
        pages = found["pages"][:MAX_PAGES]
        more = len(found["pages"]) - len(pages)
        where = ", ".join(f"`{page}`" for page in pages) + (f" and {more} more" if more else "")
        lines.append(f"| <{url}> | {found['result'].replace('|', '/')} | {where} |")
    return "\n".join(lines) + "\n"


def run_check(args) -> int:
    site = Path(args.site)
    if not (site / "index.html").is_file():
        raise Failure(f"{site} is not a built site (no index.html): run make build first")
    command = args.linkchecker or shutil.which("linkchecker")
    if not command or not os.access(command, os.X_OK) or Path(command).is_dir():
        raise Failure(
            f"linkchecker is not installed{f' at {command}' if command else ''}: apt-get install linkchecker, "
            "or pip install --require-hashes -r .github/linkchecker.lock"
        )
    broken = check(site, Path(args.datasets), command, args.timeout, args.recheck_after, args.threads)
    target = Path(args.report) if args.report else None
    if not broken:
        print("link watch: every external link and dataset origin works")
        if target is not None:
            target.unlink(missing_ok=True)
        return 0
    server, repo, run_id = (
        os.environ.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_RUN_ID")
    )
    run_url = f"{server}/{repo}/actions/runs/{run_id}" if server and repo and run_id else None
    text = report(broken, dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"), run_url)
    if target is not None:
        target.write_text(text, encoding="utf-8")
    print(text, end="")
    return 1


# --- the issue ---------------------------------------------------------------------------------


def gh(command: str, *args: str) -> str:
    result = subprocess.run([command, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise Failure(f"gh {' '.join(args[:2])} failed: {last}")
    return result.stdout


def run_issue(args) -> int:
    command = args.gh or shutil.which("gh")
    if not command or not os.access(command, os.X_OK):
        raise Failure("the GitHub CLI (gh) is not installed")
    found = json.loads(
        gh(
            command,
            "issue",
            "list",
            "--state",
            "open",
            "--search",
            f"{args.title} in:title",
            "--json",
            "number,title",
            "--limit",
            "100",
        )
        or "[]"
    )
    numbers = [str(issue["number"]) for issue in found if issue["title"] == args.title]
    report_file = Path(args.report)
    if report_file.is_file():
        if numbers:
            gh(command, "issue", "edit", numbers[0], "--body-file", str(report_file))
            print(f"link watch: updated issue #{numbers[0]}")
        else:
            print(
                gh(command, "issue", "create", "--title", args.title, "--body-file", str(report_file)).strip()
            )
    elif numbers:
        gh(
            command,
            "issue",
            "close",
            numbers[0],
            "--comment",
            "The link watch finds every link working again.",
        )
        print(f"link watch: closed issue #{numbers[0]}")
    else:
        print("link watch: nothing broken, no issue open")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("check", help="check the built site's external links and the dataset origins")
    run.add_argument("--site", default=str(ROOT / "site"), help="the built site (default: site/)")
    run.add_argument("--datasets", default=str(DATASETS), help="the dataset registry (default: %(default)s)")
    run.add_argument(
        "--report", help="write the Markdown report here when something is broken (removed when not)"
    )
    run.add_argument("--linkchecker", help="the linkchecker program (default: linkchecker on PATH)")
    run.add_argument("--timeout", type=int, default=30, help="seconds to wait for a server (default: 30)")
    run.add_argument(
        "--threads",
        type=int,
        default=4,
        help="LinkChecker's threads; 0: none, which starts and stops faster on a small site (default: 4)",
    )
    run.add_argument(
        "--recheck-after",
        type=float,
        default=60,
        help="seconds before failed links are checked again; negative: no second check (default: 60)",
    )
    issue = commands.add_parser("issue", help="open, update or close the one issue about broken links")
    issue.add_argument(
        "--report", required=True, help="the report of check (a missing file: nothing is broken)"
    )
    issue.add_argument("--title", default=TITLE, help="the issue's title (default: %(default)s)")
    issue.add_argument("--gh", help="the gh program (default: gh on PATH)")
    args = parser.parse_args(argv)
    try:
        return run_check(args) if args.command == "check" else run_issue(args)
    except Failure as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

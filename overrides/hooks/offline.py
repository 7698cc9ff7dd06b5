"""MkDocs hook: make the offline edition (``make offline``) need nothing outside its folder.

Material's ``offline`` plugin (enabled by ``OFFLINE_EDITION=true``, see mkdocs.yml) turns off directory
URLs and inlines the search index into a script, so pages and search work from ``file://``. Two
things it leaves would still leave the folder, and one breaks pages; this hook fixes all three,
only in the offline build:

* The plugin loads the iframe-worker shim (search's worker from ``file://``) from unpkg.com.
  A copy of that shim (iframe-worker 1.0.4 from npm, MIT licence, kept in
  ``scripts/lib/vendor/iframe-worker/``) is shipped in the site instead, with its licence line.
* Instant navigation cannot work from ``file://`` (Material then completes its ``document$``
  before the page has loaded, and every script that waits for it, content tabs and the progress
  tracker among them, never runs). It is turned off: each link loads its page.
* The header's repository link asks api.github.com for the stars and forks. Offline it stays a
  plain link: the ``data-md-component="source"`` that makes Material fetch them is removed.

It also writes the home page's line about the offline edition (``<!-- offline-edition -->`` in
docs/index.md): online, a link to the zip that the deploy workflow publishes beside the site
(``make offline OFFLINE_ZIP=site/...``); in the offline edition, that the reader is reading it.

tests/browser/test_offline.py opens the zip from disk and checks that no request leaves it.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

SHIM = Path(__file__).resolve().parents[2] / "scripts" / "lib" / "vendor" / "iframe-worker" / "shim.js"
NOTICE = "/* iframe-worker 1.0.4, Copyright (c) 2020-2022 Martin Donath, MIT License */\n"
SHIM_URL = "assets/javascripts/iframe-worker-shim.js"
MARKER = "<!-- offline-edition -->"
ZIP = "tensorflow-study-guide-offline.zip"  # the Makefile's OFFLINE_ZIP name; deploy.yml puts it in site/
ONLINE = (
    "**Offline edition:** [download the whole site as a zip]({url}), unzip it and open "
    "`tensorflow-study-guide/index.html`: every page, search and your progress ticks work from "
    "your disk, without a connection."
)
OFFLINE = (
    "**This is the offline edition:** it works from your disk, without a connection. The site "
    "online, updated with every change: <{site}>."
)


def offline(config) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


def on_config(config):
    if offline(config):
        features = config.theme["features"]
        features[:] = [f for f in features if not f.startswith("navigation.instant")]
        polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
        config.extra["polyfills"] = [*polyfills, SHIM_URL]
    return config


def on_files(files, config):
    if offline(config):
        files.append(File.generated(config, SHIM_URL, content=NOTICE + SHIM.read_text(encoding="utf-8")))
    return files


def on_page_markdown(markdown, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    if MARKER not in markdown:
        return markdown
    site = config["site_url"] or ""
    line = OFFLINE.format(site=site) if offline(config) else ONLINE.format(url=site + ZIP)
    return markdown.replace(MARKER, line)


def _no_repository_facts(output: str, config) -> str:
    if offline(config):
        output = output.replace('class="md-source" data-md-component="source"', 'class="md-source"')
    return output


def on_post_page(output, page, config):  # noqa: ARG001 (MkDocs hook signature)
    return _no_repository_facts(output, config)


def on_post_template(output_content, template_name, config):  # noqa: ARG001 (404.html)
    return _no_repository_facts(output_content, config)

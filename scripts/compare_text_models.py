"""Train the text classifiers of snippets/nlp/model-comparison/text_models.py on the same data and
print a comparison table: parameters, seconds per epoch (wall clock and CPU), accuracy and the
overfitting gap.

    python scripts/compare_text_models.py --data sarcasm --epochs 10
    python scripts/compare_text_models.py --data synthetic --epochs 3 --models lstm,gru

``--data sarcasm`` uses sarcasm.json (downloaded by Keras, or from its cache): the first
min(20000, 80%) headlines train, the rest validate, vectorized to the exam's shape (vocabulary
1000, 120 words). ``--data synthetic`` makes random word ids of that shape and size (20000 + 6709
sequences, 4 to 20 words then padding): it measures time and size only, so its accuracy columns
stay empty. Seconds per epoch leave out the first epoch (it includes tracing) when there are more.
CPU seconds add up the time of all the process's threads: unlike wall-clock seconds, they hardly
change when other programs share the machine.
Bad arguments get a one-line error and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODELS_FILE = ROOT / "snippets" / "nlp" / "model-comparison" / "text_models.py"
KINDS = ("pooling", "conv1d", "simple-rnn", "gru", "lstm", "stacked-lstm", "bidirectional-lstm")
SARCASM = "https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2: no usage block
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _kinds(text: str) -> list[str]:
    kinds = [kind.strip() for kind in text.split(",") if kind.strip()]
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(f"unknown model {unknown[0] if unknown else text!r}; "
                                         f"choose from {','.join(KINDS)}")
    return kinds


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = _Parser(description=__doc__.split("\n\n")[0].replace("\n", " "),
                     formatter_class=argparse.RawDescriptionHelpFormatter,
                     epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    parser.add_argument("--data", choices=("synthetic", "sarcasm"), default="synthetic",
                        help="what to train on (default: synthetic)")
    parser.add_argument("--models", type=_kinds, default=list(KINDS), help="comma-separated (default: all)")
    parser.add_argument("--epochs", type=_positive, default=3, help="epochs per model (default: 3)")
    parser.add_argument("--train-size", type=_positive, default=20000, help="synthetic only (default: 20000)")
    parser.add_argument("--validation-size", type=_positive, default=6709, help="synthetic only (default: 6709)")
    parser.add_argument("--vocab-size", type=_positive, default=1000, help="default: 1000")
    parser.add_argument("--sequence-length", type=_positive, default=120, help="default: 120")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    return parser.parse_args(argv)


def load_models_module():
    spec = importlib.util.spec_from_file_location("text_models", MODELS_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def synthetic_data(args):
    """Random word ids shaped like vectorized headlines (post-padded), with random labels."""
    import numpy as np

    rng = np.random.default_rng(0)

    def sequences(count):
        ids = np.zeros((count, args.sequence_length), dtype=np.int64)
        for row, length in enumerate(rng.integers(4, 21, size=count)):
            length = min(length, args.sequence_length)
            ids[row, :length] = rng.integers(2, args.vocab_size, size=length)
        return ids, rng.integers(0, 2, size=count).astype("float32")

    return (*sequences(args.train_size), *sequences(args.validation_size))


def sarcasm_data(args):
    import numpy as np
    import tensorflow as tf

    with open(tf.keras.utils.get_file("sarcasm.json", origin=SARCASM), encoding="utf-8") as handle:
        records = json.load(handle)
    headlines = [record["headline"] for record in records]
    labels = np.array([record["is_sarcastic"] for record in records], dtype=np.float32)
    split = min(20000, int(0.8 * len(headlines)))
    vectorizer = tf.keras.layers.TextVectorization(max_tokens=args.vocab_size,
                                                   output_sequence_length=args.sequence_length)
    vectorizer.adapt(headlines[:split])
    return (vectorizer(headlines[:split]).numpy(), labels[:split],
            vectorizer(headlines[split:]).numpy(), labels[split:])


def measure(kind, data, args, build_model) -> dict:
    import tensorflow as tf

    x_train, y_train, x_validation, y_validation = data
    tf.keras.utils.set_random_seed(0)
    model = build_model(kind, vocab_size=args.vocab_size, sequence_length=args.sequence_length)
    model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
    times: list[tuple[float, float]] = []  # (wall, CPU) seconds per epoch

    class Timer(tf.keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            self.started = time.perf_counter(), time.process_time()

        def on_epoch_end(self, epoch, logs=None):
            times.append((time.perf_counter() - self.started[0], time.process_time() - self.started[1]))

    history = model.fit(x_train, y_train, epochs=args.epochs, batch_size=32, verbose=0,
                        validation_data=(x_validation, y_validation), callbacks=[Timer()])
    steady = times[1:] or times
    row = {"model": kind, "parameters": model.count_params(), "epochs": len(times),
           "seconds_per_epoch": sum(wall for wall, _ in steady) / len(steady),
           "cpu_seconds_per_epoch": sum(cpu for _, cpu in steady) / len(steady)}
    if args.data != "synthetic":
        train, validation = history.history["accuracy"][-1], history.history["val_accuracy"][-1]
        row.update(train_accuracy=train, validation_accuracy=validation, gap=train - validation)
    return row


def format_table(rows: list[dict]) -> str:
    """A Markdown table; accuracy cells stay empty when they were not measured.

    >>> print(format_table([{"model": "lstm", "parameters": 22305, "epochs": 3, "seconds_per_epoch": 41.26,
    ...                      "cpu_seconds_per_epoch": 60.04}]))
    | model | parameters | s/epoch | CPU s/epoch | train accuracy | validation accuracy | gap |
    |---|---:|---:|---:|---:|---:|---:|
    | lstm | 22,305 | 41.3 | 60.0 | | | |
    """
    lines = ["| model | parameters | s/epoch | CPU s/epoch | train accuracy | validation accuracy | gap |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        accuracy = [f"{row[key]:.3f}" if key in row else "" for key in
                    ("train_accuracy", "validation_accuracy", "gap")]
        cells = [row["model"], f"{row['parameters']:,}", f"{row['seconds_per_epoch']:.1f}",
                 f"{row['cpu_seconds_per_epoch']:.1f}", *accuracy]
        lines.append(("| " + " | ".join(cells) + " |").replace("|  |", "| |").replace("|  |", "| |"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    build_model = load_models_module().build_model
    data = synthetic_data(args) if args.data == "synthetic" else sarcasm_data(args)
    print(f"data: {args.data}, {len(data[0])} training and {len(data[2])} validation sequences of "
          f"{args.sequence_length} ids (vocabulary {args.vocab_size}), {args.epochs} epochs", file=sys.stderr)
    rows = [measure(kind, data, args, build_model) for kind in args.models]
    print(json.dumps(rows, indent=2) if args.json else format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

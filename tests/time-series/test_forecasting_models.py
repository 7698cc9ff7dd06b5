"""The forecasting-models page quotes a run of its snippet: pin what can be pinned cheaply.

* the data section fixes the shuffle, so a rerun trains on the same batches as the quoted run;
* the weight counts in the quoted table are those of the models the page builds;
* the conclusions follow the table: the dense model is within 0.05 of the best recurrent one.
"""

from __future__ import annotations

import re

import numpy as np

from tests.harness.snippets import ROOT

SNIPPET = ROOT / "snippets" / "time-series" / "forecasting-models" / "forecasters.py"
PAGE = ROOT / "docs" / "time-series" / "forecasting-models.md"


def _section(name: str) -> str:
    text = SNIPPET.read_text(encoding="utf-8")
    return text.split(f"# --8<-- [start:{name}]")[1].split(f"# --8<-- [end:{name}]")[0]


def _quoted_table() -> dict[str, tuple[int, float]]:
    block = PAGE.read_text(encoding="utf-8").split("```text\n")[1].split("```")[0]
    rows = re.findall(r"^(.+?)\s+(\d+) weights\s+validation MAE ([\d.]+)$", block, re.MULTILINE)
    return {name.strip(): (int(weights), float(mae)) for name, weights, mae in rows}


def test_the_data_section_gives_the_same_batches_every_run():
    batches = []
    for _ in range(2):
        namespace: dict = {}
        exec(compile(_section("data"), str(SNIPPET), "exec"), namespace)
        batches.append([x.numpy() for x, _ in namespace["train_set"].take(3)])
    for first, second in zip(*batches, strict=True):
        np.testing.assert_array_equal(first, second)


def test_the_quoted_weight_counts_are_those_of_the_page_models():
    namespace: dict = {}
    code = "\n".join(_section(name) for name in ("data", "dense", "simple-rnn", "lstm", "conv-lstm"))
    exec(compile(code, str(SNIPPET), "exec"), namespace)
    built = {
        "dense": namespace["dense_model"],
        "SimpleRNN": namespace["simple_rnn_model"],
        "LSTM": namespace["lstm_model"],
        "Conv1D + LSTM": namespace["conv_lstm_model"],
    }
    table = _quoted_table()
    assert set(table) == set(built)
    for name, build in built.items():
        assert build().count_params() == table[name][0], name


def test_the_conclusions_follow_the_quoted_numbers():
    table = _quoted_table()
    text = " ".join(PAGE.read_text(encoding="utf-8").split())
    best_recurrent = min(table[name][1] for name in ("SimpleRNN", "LSTM"))
    if table["dense"][1] <= best_recurrent + 0.05:
        assert "dense model is as good as the recurrent ones" in text
        assert "earn their cost" not in text


def test_the_gru_exercise_trains_on_the_lstm_s_data():
    """The exercise repeats the page's data helpers unchanged and builds the same batches."""
    import ast

    exercise = SNIPPET.parent / "exercise_gru.py"

    def functions(path) -> dict[str, str]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return {
            node.name: ast.dump(ast.Module(body=node.body[1:], type_ignores=[]))  # without the docstring
            for node in tree.body
            if isinstance(node, ast.FunctionDef)
        }

    page, copy = functions(SNIPPET), functions(exercise)
    for name in ("synthetic_series", "windowed_dataset", "model_forecast"):
        assert copy[name] == page[name], f"exercise_gru.py's {name} differs from the page's"

    helpers, solution = exercise.read_text(encoding="utf-8").split("# --8<-- [start:solution]")
    data = helpers + solution.split("tf.keras.utils.set_random_seed(0)  # the same seed")[0]
    batches = []
    for code in (_section("data"), data):
        namespace: dict = {}
        exec(compile(code, str(SNIPPET), "exec"), namespace)
        batches.append([y.numpy() for _, y in namespace["train_set"].take(3)])
    for first, second in zip(*batches, strict=True):
        np.testing.assert_array_equal(first, second)

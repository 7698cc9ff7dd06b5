"""The practice-exam grader's parts; scripts/grade.py is its command line.

* ``problems``: the five problems, their targets (from docs/targets.yml) and the score scale.
* ``modelfile``: checking a model file before and while loading it (size, config, forbidden layers).
* ``heldout``: finding and reading the held-out data, the way the exam's starter files prepared it.
* ``scoring``: predicting (the exam's tester path for problem 5), baselines, the score, the report.

Every bad input raises ``GradeError``: one line for the user, exit code 2.
"""

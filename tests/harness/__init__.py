"""The offline test harness: tiny real-format datasets, no network, short training.

* ``datasets``  the registry of every dataset the site downloads, with a builder for a tiny
                file in the exact real format and file name;
* ``offline``   puts a Keras cache in place, blocks the network, clamps ``fit``;
* ``tfds_data`` writes a tiny prepared ``fashion_mnist`` for ``tfds.load`` (no download);
* ``run``       runs a snippet or any Python file in a fresh process under the harness:
                ``python -m tests.harness.run FILE``.
"""

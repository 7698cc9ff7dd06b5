"""Exercise solution: the memory an in-memory cache of decoded images needs."""


# --8<-- [start:solution]
def cache_megabytes(count, size, channels=3, bytes_per_number=4):
    """Megabytes to hold ``count`` images of ``size`` x ``size`` as float32.

    >>> round(cache_megabytes(2520, 150))
    680
    >>> round(cache_megabytes(2520, 75))
    170
    """
    return count * size * size * channels * bytes_per_number / 1e6


for size in (150, 75):
    print(f"{size}x{size}: {cache_megabytes(2520, size):.0f} MB")
# --8<-- [end:solution]

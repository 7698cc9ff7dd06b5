"""Read a CSV file with tf.data alone: make_csv_dataset and TextLineDataset on Sunspots.csv."""

# --8<-- [start:download]
import tensorflow as tf

path = tf.keras.utils.get_file(
    "Sunspots.csv", origin="https://storage.googleapis.com/download.tensorflow.org/data/Sunspots.csv"
)
with open(path) as handle:
    print(handle.readline().strip())  # ,Date,Monthly Mean Total Sunspot Number
# --8<-- [end:download]

# --8<-- [start:make-csv-dataset]
columns = tf.data.experimental.make_csv_dataset(
    path,
    batch_size=4,
    select_columns=["Date", "Monthly Mean Total Sunspot Number"],
    num_epochs=1,
    shuffle=False,
)  # batches of dicts: column name -> tensor
batch = next(iter(columns))
print(batch["Date"].numpy(), batch["Monthly Mean Total Sunspot Number"].numpy())
# --8<-- [end:make-csv-dataset]


# --8<-- [start:text-line]
def sunspots_from_line(line):
    """The third field of one CSV line, as a float32 number.

    >>> value = sunspots_from_line(tf.constant("0,1749-01-31,96.5"))
    >>> value.dtype.name, float(value)
    ('float32', 96.5)
    """
    return tf.strings.to_number(tf.strings.split(line, ",")[2])


sunspots = tf.data.TextLineDataset(path).skip(1).map(sunspots_from_line)  # skip the header
print([round(float(value), 1) for value in sunspots.take(4)])
# --8<-- [end:text-line]

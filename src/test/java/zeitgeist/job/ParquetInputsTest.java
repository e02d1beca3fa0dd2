package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a Parquet row's {@code _metadata.file_path} is matched to the listed input file. */
class ParquetInputsTest {
  @Test
  void encodedMetadataPathMatchesTheListedFile() {
    assertEquals(
        ParquetInputs.key("file:/data/Ausgabe März 2019/100%/a.parquet"),
        ParquetInputs.metadataKey("file:///data/Ausgabe%20M%C3%A4rz%202019/100%25/a.parquet"));
    assertEquals(
        ParquetInputs.key("hdfs://nn:8020/in/a b.parquet"),
        ParquetInputs.metadataKey("hdfs://nn:8020/in/a%20b.parquet"));
  }

  @Test
  void plainPathsMatchToo() {
    assertEquals("/data/a.parquet", ParquetInputs.metadataKey("file:/data/a.parquet"));
  }
}

package gdviz.plot.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PngEncoderTest {

  @ParameterizedTest
  @CsvSource({"1,1", "1,300", "300,1", "3,7", "257,33", "64,1000", "1800,1350"})
  void randomPixelsReadBackExactly(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(width * 31L + height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    assertSamePixels(image, readBack(encode(image)));
  }

  @Test
  void aDrawingReadsBackExactlyAndIsCompressed() throws IOException {
    BufferedImage image = drawing(1800, 1350);
    byte[] png = encode(image);
    assertSamePixels(image, readBack(png));
    ByteArrayOutputStream reference = new ByteArrayOutputStream();
    ImageIO.write(image, "png", reference);
    assertTrue(png.length <= reference.size() * 5 / 4,
        "within 25 % of ImageIO's file: " + png.length + " vs " + reference.size() + " bytes");
  }

  @Test
  void everyChunkHasAValidCrcAndTheImageDataInflatesWithItsChecksum() throws IOException, DataFormatException {
    BufferedImage image = drawing(701, 389);
    List<Chunk> chunks = chunks(encode(image));
    assertEquals("IHDR", chunks.get(0).type);
    assertEquals("IEND", chunks.get(chunks.size() - 1).type);
    DataInputStream header = new DataInputStream(new ByteArrayInputStream(chunks.get(0).body));
    assertEquals(701, header.readInt());
    assertEquals(389, header.readInt());
    assertEquals(8, header.readByte());
    assertEquals(2, header.readByte());
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    for (Chunk c : chunks) {
      if (c.type.equals("IDAT")) {
        zlib.write(c.body);
      }
    }
    // The zlib Inflater verifies the Adler-32 at the end: it fails with "incorrect data check" if
    // the checksum combined from the strips is wrong.
    Inflater inflater = new Inflater();
    inflater.setInput(zlib.toByteArray());
    byte[] raw = new byte[389 * (1 + 3 * 701) + 1];
    int n = 0;
    while (!inflater.finished()) {
      int got = inflater.inflate(raw, n, raw.length - n);
      assertTrue(got > 0 || inflater.finished(), "the stream ended early");
      n += got;
    }
    inflater.end();
    assertEquals(389 * (1 + 3 * 701), n);
  }

  @Test
  void combinedAdlerEqualsTheAdlerOfTheWhole() {
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      byte[] data = new byte[random.nextInt(200_000)];
      random.nextBytes(data);
      int cut = data.length == 0 ? 0 : random.nextInt(data.length + 1);
      Adler32 a = new Adler32();
      a.update(data, 0, cut);
      Adler32 b = new Adler32();
      b.update(data, cut, data.length - cut);
      Adler32 whole = new Adler32();
      whole.update(data);
      assertEquals(whole.getValue(), PngEncoder.combineAdler32(a.getValue(), b.getValue(), data.length - cut),
          "split at " + cut + " of " + data.length);
    }
  }

  @Test
  void stripsCoverEveryRowOnce() {
    for (int height : new int[] {1, 2, 31, 32, 65, 1000, 1351}) {
      int next = 0;
      for (int[] strip : PngEncoder.strips(height)) {
        assertEquals(next, strip[0]);
        assertTrue(strip[1] > strip[0]);
        next = strip[1];
      }
      assertEquals(height, next);
    }
  }

  @Test
  void otherImageTypesAndSubimagesAreWrittenAsTheirRgb() throws IOException {
    BufferedImage bgr = new BufferedImage(120, 80, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = bgr.createGraphics();
    g.setColor(new Color(10, 200, 30));
    g.fillOval(5, 5, 100, 60);
    g.dispose();
    assertSamePixels(bgr, readBack(encode(bgr)));

    BufferedImage big = drawing(400, 300);
    BufferedImage part = big.getSubimage(37, 41, 200, 150);
    assertSamePixels(part, readBack(encode(part)));

    BufferedImage argb = new BufferedImage(50, 40, BufferedImage.TYPE_INT_ARGB);
    argb.setRGB(3, 4, 0x80ff0000);
    BufferedImage back = readBack(encode(argb));
    assertEquals(0xff0000, back.getRGB(3, 4) & 0xffffff);
  }

  private static BufferedImage drawing(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    for (int y = height / 10; y < height * 9 / 10; y++) {
      for (int x = width / 10; x < width * 9 / 10; x++) {
        image.setRGB(x, y, Color.HSBtoRGB(0.7f * x / width, 0.8f, 0.3f + 0.6f * y / height));
      }
    }
    g.setStroke(new BasicStroke(3f));
    g.setColor(Color.ORANGE);
    for (int i = 0; i < 20; i++) {
      g.drawOval(width / 2 - i * 20, height / 2 - i * 12, i * 40, i * 24);
    }
    g.setColor(Color.BLACK);
    g.drawString("x1", width / 2, height - 10);
    g.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(image, out);
    return out.toByteArray();
  }

  private static BufferedImage readBack(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image != null, "ImageIO could not read the PNG");
    return image;
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertEquals(expected.getWidth(), actual.getWidth());
    assertEquals(expected.getHeight(), actual.getHeight());
    int w = expected.getWidth();
    int h = expected.getHeight();
    int[] e = expected.getRGB(0, 0, w, h, null, 0, w);
    int[] a = actual.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < e.length; i++) {
      e[i] &= 0xffffff;
      a[i] &= 0xffffff;
    }
    assertArrayEquals(e, a);
  }

  private record Chunk(String type, byte[] body) {}

  private static List<Chunk> chunks(byte[] png) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
    byte[] signature = new byte[8];
    in.readFully(signature);
    assertArrayEquals(new byte[] {(byte) 137, 80, 78, 71, 13, 10, 26, 10}, signature);
    List<Chunk> chunks = new ArrayList<>();
    while (in.available() > 0) {
      int length = in.readInt();
      byte[] type = new byte[4];
      in.readFully(type);
      byte[] body = new byte[length];
      in.readFully(body);
      CRC32 crc = new CRC32();
      crc.update(type);
      crc.update(body);
      String name = new String(type, StandardCharsets.US_ASCII);
      assertEquals((int) crc.getValue(), in.readInt(), "CRC of " + name);
      chunks.add(new Chunk(name, body));
    }
    return chunks;
  }
}

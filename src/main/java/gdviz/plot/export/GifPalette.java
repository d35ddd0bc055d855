package gdviz.plot.export;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 256 colours of an animated GIF, chosen for its pictures: the colours that cover much of
 * them (the background, the axes, the runs' colours) are kept exactly, and the rest of the palette
 * is cut from the remaining colours by median cut, weighted by how often each appears. Frames
 * are mapped onto it with Floyd–Steinberg error diffusion, so a heat map's smooth gradient stays
 * smooth instead of breaking into bands. One palette for all frames, so nothing flickers.
 */
final class GifPalette {
  private static final int SIZE = 256;
  /** Colours covering at least this share of the sample are kept exactly. */
  private static final double EXACT_SHARE = 0.002;
  private static final int MAX_EXACT = 64;

  private final int[] colours;
  private final byte[] nearest = new byte[1 << 15]; // 5 bits per channel → palette index

  private GifPalette(int[] colours) {
    this.colours = colours;
    for (int q = 0; q < nearest.length; q++) {
      int r = ((q >> 10) & 31) * 255 / 31;
      int g = ((q >> 5) & 31) * 255 / 31;
      int b = (q & 31) * 255 / 31;
      nearest[q] = (byte) closest(r, g, b);
    }
  }

  /** The 256 colours as 0xRRGGBB. */
  int[] colours() {
    return colours.clone();
  }

  /** A palette for pictures like these (typically the first and the last frame). */
  static GifPalette of(List<BufferedImage> samples) {
    Map<Integer, int[]> histogram = new HashMap<>();
    long total = 0;
    for (BufferedImage image : samples) {
      int w = image.getWidth();
      int h = image.getHeight();
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        image.getRGB(0, y, w, 1, row, 0, w);
        for (int rgb : row) {
          histogram.computeIfAbsent(rgb & 0xFFFFFF, k -> new int[1])[0]++;
        }
      }
      total += (long) w * h;
    }
    List<int[]> entries = new ArrayList<>(); // {rgb, count}
    histogram.forEach((rgb, count) -> entries.add(new int[] {rgb, count[0]}));
    entries.sort(Comparator.comparingInt((int[] e) -> -e[1]));
    List<Integer> palette = new ArrayList<>();
    List<int[]> rest = new ArrayList<>();
    for (int[] e : entries) {
      if (palette.size() < MAX_EXACT && e[1] >= EXACT_SHARE * total) {
        palette.add(e[0]);
      } else {
        rest.add(e);
      }
    }
    palette.addAll(medianCut(rest, SIZE - palette.size()));
    int[] colours = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      colours[i] = i < palette.size() ? palette.get(i) : 0;
    }
    return new GifPalette(colours);
  }

  /** Up to {@code count} colours standing for these, by repeatedly halving the widest box at its weighted median. */
  private static List<Integer> medianCut(List<int[]> colours, int count) {
    List<List<int[]>> boxes = new ArrayList<>();
    if (!colours.isEmpty() && count > 0) {
      boxes.add(colours);
    }
    while (boxes.size() < count) {
      int widest = -1;
      int channel = 0;
      int range = 0;
      for (int i = 0; i < boxes.size(); i++) {
        List<int[]> box = boxes.get(i);
        if (box.size() < 2) {
          continue;
        }
        for (int c = 0; c < 3; c++) {
          int lo = 255;
          int hi = 0;
          for (int[] e : box) {
            int v = channel(e[0], c);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
          if (hi - lo > range) {
            range = hi - lo;
            widest = i;
            channel = c;
          }
        }
      }
      if (widest < 0) {
        break;
      }
      List<int[]> box = boxes.remove(widest);
      int c = channel;
      box.sort(Comparator.comparingInt(e -> channel(e[0], c)));
      long weight = 0;
      for (int[] e : box) {
        weight += e[1];
      }
      long half = 0;
      int cut = 1;
      for (int i = 0; i < box.size() - 1; i++) {
        half += box.get(i)[1];
        if (half >= weight / 2) {
          cut = i + 1;
          break;
        }
      }
      boxes.add(new ArrayList<>(box.subList(0, cut)));
      boxes.add(new ArrayList<>(box.subList(cut, box.size())));
    }
    List<Integer> out = new ArrayList<>();
    for (List<int[]> box : boxes) {
      long r = 0;
      long g = 0;
      long b = 0;
      long n = 0;
      for (int[] e : box) {
        r += (long) channel(e[0], 0) * e[1];
        g += (long) channel(e[0], 1) * e[1];
        b += (long) channel(e[0], 2) * e[1];
        n += e[1];
      }
      out.add((int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n));
    }
    return out;
  }

  private static int channel(int rgb, int c) {
    return (rgb >> (16 - 8 * c)) & 255;
  }

  private int closest(int r, int g, int b) {
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int i = 0; i < colours.length; i++) {
      int dr = r - channel(colours[i], 0);
      int dg = g - channel(colours[i], 1);
      int db = b - channel(colours[i], 2);
      long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best;
  }

  /** The picture in this palette, its error diffused to the neighbours (Floyd–Steinberg). */
  BufferedImage indexed(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] r = new byte[SIZE];
    byte[] g = new byte[SIZE];
    byte[] b = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      r[i] = (byte) channel(colours[i], 0);
      g[i] = (byte) channel(colours[i], 1);
      b[i] = (byte) channel(colours[i], 2);
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, SIZE, r, g, b));
    WritableRaster raster = out.getRaster();
    float[][] error = new float[2][3 * (w + 2)];
    int[] row = new int[w];
    byte[] indices = new byte[w];
    for (int y = 0; y < h; y++) {
      float[] here = error[y & 1];
      float[] below = error[(y + 1) & 1];
      Arrays.fill(below, 0);
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int at = 3 * (x + 1);
        int want0 = clamp(channel(row[x], 0) + here[at]);
        int want1 = clamp(channel(row[x], 1) + here[at + 1]);
        int want2 = clamp(channel(row[x], 2) + here[at + 2]);
        int index = exact(row[x], here, at) ? exactIndex(row[x]) : -1;
        if (index < 0) {
          index = nearest[(want0 >> 3) << 10 | (want1 >> 3) << 5 | (want2 >> 3)] & 255;
        }
        indices[x] = (byte) index;
        float[] diff = {want0 - (r[index] & 255), want1 - (g[index] & 255), want2 - (b[index] & 255)};
        for (int c = 0; c < 3; c++) {
          here[at + 3 + c] += diff[c] * 7 / 16f;
          below[at - 3 + c] += diff[c] * 3 / 16f;
          below[at + c] += diff[c] * 5 / 16f;
          below[at + 3 + c] += diff[c] / 16f;
        }
      }
      raster.setDataElements(0, y, w, 1, indices);
    }
    return out;
  }

  private final Map<Integer, Integer> exactIndices = new HashMap<>();

  /** Whether this pixel is one of the palette's exact colours with no error carried to it: drawn as it is. */
  private boolean exact(int rgb, float[] error, int at) {
    return Math.abs(error[at]) < 0.5f && Math.abs(error[at + 1]) < 0.5f && Math.abs(error[at + 2]) < 0.5f
        && exactIndex(rgb) >= 0;
  }

  private int exactIndex(int rgb) {
    return exactIndices.computeIfAbsent(rgb & 0xFFFFFF, key -> {
      for (int i = 0; i < colours.length; i++) {
        if (colours[i] == key) {
          return i;
        }
      }
      return -1;
    });
  }

  private static int clamp(float v) {
    return Math.max(0, Math.min(255, Math.round(v)));
  }
}

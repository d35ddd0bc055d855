package gdviz.plot.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes drawings as PNG (at any scale), SVG, or animated GIF. Nothing here needs a display.
 * Every file is written atomically through {@link AtomicFile}.
 */
public final class FigureFiles {
  private FigureFiles() {}

  /** Something that draws itself on a canvas of the given size (in points). */
  public interface Drawing {
    void paint(Graphics2D g, double width, double height);
  }

  /** A PNG of (width·scale) × (height·scale) pixels: the same layout, drawn finer. */
  public static void png(Path out, Drawing drawing, int width, int height, double scale) throws IOException {
    BufferedImage image = render(drawing, width, height, scale);
    AtomicFile.write(out, stream -> PngEncoder.write(image, stream));
  }

  /** The drawing as an image, without writing it. */
  public static BufferedImage render(Drawing drawing, int width, int height, double scale) {
    int w = (int) Math.round(width * scale);
    int h = (int) Math.round(height * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(scale, scale);
      drawing.paint(g, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** An SVG document of the given size in points. */
  public static void svg(Path out, Drawing drawing, int width, int height) throws IOException {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    drawing.paint(g, width, height);
    String document = g.getSVGDocument();
    AtomicFile.write(out, stream -> {
      Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      writer.write(document);
      writer.flush();
    });
  }

  /** An animated GIF, one frame per drawing, looping, {@code delayMillis} per frame. */
  public static void gif(Path out, List<Drawing> frames, int width, int height, int delayMillis) throws IOException {
    if (frames.isEmpty()) {
      throw new IOException("an animation needs at least one frame");
    }
    // straight into the temporary file: ImageIO given a stream would cache it in a file of its own in
    // the system's temp folder, which an interrupted export left behind
    AtomicFile.writeFile(out, file -> writeGif(file, frames, width, height, delayMillis));
  }

  private static void writeGif(Path file, List<Drawing> frames, int width, int height, int delayMillis)
      throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersBySuffix("gif");
    if (!writers.hasNext()) {
      throw new IOException("no GIF writer available");
    }
    ImageWriter writer = writers.next();
    ImageWriteParam params = writer.getDefaultWriteParam();
    // one palette for every frame, chosen from the first and the last (the emptiest and the fullest)
    GifPalette palette = GifPalette.of(List.of(render(frames.get(0), width, height, 1),
        render(frames.get(frames.size() - 1), width, height, 1)));
    BufferedImage first = palette.indexed(render(frames.get(0), width, height, 1));
    ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(first);
    IIOMetadata metadata = writer.getDefaultImageMetadata(type, params);
    String format = metadata.getNativeMetadataFormatName();
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMillis / 10)));
    control.setAttribute("transparentColorIndex", "0");
    // the palette travels with each frame: without it the frames' indices would be read against
    // the writer's default global table
    IIOMetadataNode table = child(root, "LocalColorTable");
    while (table.getFirstChild() != null) {
      table.removeChild(table.getFirstChild());
    }
    table.setAttribute("sizeOfLocalColorTable", "256");
    table.setAttribute("sortFlag", "FALSE");
    int[] colours = palette.colours();
    for (int i = 0; i < colours.length; i++) {
      IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
      entry.setAttribute("index", Integer.toString(i));
      entry.setAttribute("red", Integer.toString((colours[i] >> 16) & 255));
      entry.setAttribute("green", Integer.toString((colours[i] >> 8) & 255));
      entry.setAttribute("blue", Integer.toString(colours[i] & 255));
      table.appendChild(entry);
    }
    IIOMetadataNode extensions = child(root, "ApplicationExtensions");
    IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
    loop.setAttribute("applicationID", "NETSCAPE");
    loop.setAttribute("authenticationCode", "2.0");
    loop.setUserObject(new byte[] {1, 0, 0}); // loop forever
    extensions.appendChild(loop);
    metadata.setFromTree(format, root);
    try (ImageOutputStream out = new FileImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int i = 0; i < frames.size(); i++) { // one frame at a time: memory does not grow with their number
        BufferedImage frame = i == 0 ? first : palette.indexed(render(frames.get(i), width, height, 1));
        writer.writeToSequence(new IIOImage(frame, null, metadata), params);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }
}

package gdviz.app;

import gdviz.model.SetupException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code gdviz run|sweep|rate|export|presets|functions|methods}. */
@Command(name = "gdviz", mixinStandardHelpOptions = true, version = "gdviz 0.1",
    description = "An interactive laboratory for gradient descent: runs the classroom examples and "
        + "prints their iterates as CSV.",
    subcommands = {RunCommand.class, SweepCommand.class, RateCommand.class, ExportCommand.class, PresetsCommand.class,
        FunctionsCommand.class, MethodsCommand.class,
        CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
  /** Exit status for input the user must correct. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line with the given streams, in UTF-8 (tests); returns the exit status. */
  public static int execute(String[] args, OutputStream out, OutputStream err) {
    return execute(args, ConsoleWriter.of(out, StandardCharsets.UTF_8), ConsoleWriter.of(err, StandardCharsets.UTF_8));
  }

  /** Runs the command line on the process's standard output and error, in the console's charsets. */
  static int main(String[] args) {
    return execute(args, ConsoleWriter.of(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        ConsoleWriter.console("stdout")), ConsoleWriter.of(new FileOutputStream(FileDescriptor.err),
        ConsoleWriter.console("stderr")));
  }

  /** Runs the command line; returns the exit status. */
  static int execute(String[] args, ConsoleWriter out, ConsoleWriter errWriter) {
    CommandLine cli = new CommandLine(new Cli());
    for (CommandLine sub : cli.getSubcommands().values()) {
      for (CommandLine.Model.CommandSpec mixin : sub.getCommandSpec().mixins().values()) {
        if (mixin.userObject() instanceof RunOptions options) {
          RunOptions.addKnobOptions(sub.getCommandSpec(), options);
        }
      }
    }
    cli.setOut(out);
    cli.setErr(errWriter);
    cli.setParameterExceptionHandler((ex, arguments) -> {
      errWriter.println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage());
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof java.io.IOException) {
        errWriter.println(commandLine.getCommandName() + ": " + ex.getMessage());
        return 1;
      }
      if (ex instanceof SetupException || ex instanceof IllegalArgumentException) {
        errWriter.println(commandLine.getCommandName() + ": " + ex.getMessage());
        return BAD_INPUT;
      }
      errWriter.println(commandLine.getCommandName() + ": internal error: " + ex);
      return 1;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      errWriter.println(gdviz.engine.OutOfMemory.message("gdviz" + (args.length > 0 ? " " + args[0] : "")));
      return 1;
    } finally {
      out.flush();
      errWriter.flush();
    }
  }
}

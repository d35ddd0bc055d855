package gdviz.app;

import gdviz.model.SetupException;
import java.io.PrintStream;
import java.io.PrintWriter;
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

  /** Runs the command line with the given streams; returns the exit status. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Cli());
    for (CommandLine sub : cli.getSubcommands().values()) {
      for (CommandLine.Model.CommandSpec mixin : sub.getCommandSpec().mixins().values()) {
        if (mixin.userObject() instanceof RunOptions options) {
          RunOptions.addKnobOptions(sub.getCommandSpec(), options);
        }
      }
    }
    PrintWriter errWriter = new PrintWriter(err, true);
    cli.setOut(new PrintWriter(out, true));
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
    }
  }
}

package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import nl.gedeeldbeeld.app.entity.EntityNotFoundException;
import nl.gedeeldbeeld.model.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code gb} command line. Commands that only read or write files and the store run without Spring,
 * so they start fast; {@code serve} and {@code demo} start the web application. {@code -h/--help} and
 * {@code -V/--version} are inherited by every subcommand ({@code scope = INHERIT}), so a new command has them
 * without asking.
 */
@Command(name = "gb", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Gedeeld Beeld 0.1.0",
        description = "Gedeeld Beeld: one lawful, shared picture of organised, subversive crime.",
        subcommands = {GenerateCommand.class, IngestCommand.class, SearchCommand.class, LookupCommand.class, QuarantineCommand.class,
                RegimesCommand.class, PolicyCommand.class, AuditCommand.class, RetentionCommand.class, ResolveCommand.class, BlindCommand.class, AnalyseCommand.class, ServeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Gb implements Runnable {

    /** Exit code for mistakes the user can fix (bad option, unknown regime, bad input file). */
    public static final int USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !ServeCommand.serving()) {
            System.exit(code);
        }
    }

    /** The configured command line; tests execute it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Gb());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserInputException || ex instanceof EntityNotFoundException) {
                commandLine.getErr().println("gb: " + oneLine(ex.getMessage()));
                return USER_ERROR;
            }
            throw ex;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("gb: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
            return USER_ERROR;
        });
        return cli;
    }

    /** A message on one line: a YAML parser's report, for one, spans several with a pointer to the column. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.access.AccessLayer;
import picocli.CommandLine;

/**
 * A command that reads entity data as a catalogue user with a purpose ({@code --as}, {@code --purpose}) under
 * the policy of {@code --policy}: it opens the store, the audit log and the access layer, and closes them when
 * the command is done.
 */
abstract class UserCommand implements Callable<Integer> {
    @CommandLine.Mixin
    StoreOptions options;

    @CommandLine.Mixin
    AccessOptions access;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What a command gets to work with. */
    record Session(Storage storage, AccessLayer layer, AuditLog log, AccessContext ctx) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Storage storage = StoreFactory.open(options.config()); AuditLog log = access.openAudit(options)) {
            AccessLayer layer = access.layer(storage, log, options);
            run(new Session(storage, layer, log, access.open(layer)), out);
        }
        out.flush();
        return 0;
    }

    abstract void run(Session session, PrintWriter out);
}

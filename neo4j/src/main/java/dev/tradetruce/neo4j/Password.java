package dev.tradetruce.neo4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.FormatException;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * The password of the user "neo4j", so that Bolt never accepts anyone without it.
 *
 * <p>Before the very first start the password goes into data/dbms/auth.ini, the file that
 * `neo4j-admin dbms set-initial-password` writes: the system database is created with it, so Bolt
 * never runs with the default neo4j/neo4j. On every start {@link #align} then sets it through the
 * system database, which covers a changed NEO4J_EMBEDDED_PASSWORD and data folders created
 * before auth was turned on; it first reads whether the user already has it (the usual case),
 * because the ALTER USER is the first administration command of the JVM: 2.5-3.5 s of every
 * start on two cores, against a few milliseconds to read and check the stored credential.
 */
final class Password {
  static final String USER = "neo4j";

  private Password() {}

  /** True when the DBMS in {@code home} has never started (no system database yet). */
  static boolean isFirstStart(Path home) {
    return !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
  }

  /** Writes the initial-password file read when the system database is created. */
  static Path writeInitial(Path home, String password) throws Exception {
    Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
    Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    var repository = new FileUserRepository(
        new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
    repository.start();
    SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(
        password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
    repository.create(new User(USER, null, credential, false, false));
    repository.shutdown();
    return file;
  }

  /** Sets the password (no change required at first login) unless it is already the one given. */
  static void align(DatabaseManagementService service, String password) {
    if (holds(service, password)) return;
    try {
      service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }

  /** Whether the user already has this password, with no change required at first login. */
  private static boolean holds(DatabaseManagementService service, String password) {
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try (Transaction tx = system.beginTx()) {
      Node user = tx.findNode(Label.label("User"), "name", USER);
      if (user == null || !Boolean.FALSE.equals(user.getProperty("passwordChangeRequired", null))) return false;
      return user.getProperty("credentials", null) instanceof String stored
          && SystemGraphCredential.deserialize(stored, new SecureHasher())
              .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
    } catch (FormatException | RuntimeException e) {
      return false; // an unreadable credential is replaced by align's ALTER USER
    }
  }
}

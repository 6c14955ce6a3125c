package io.github.mentoring.rules.internal.sandbox;

import java.util.List;
import java.util.Set;

/**
 * The class loader designer rules are compiled and run under: the second line of defence behind
 * {@link DesignerFileCheck}. Code Drools generates for a rule resolves every class it names
 * through its own class loader, whose parent this is; this loader refuses the classes a rule
 * could use to do more than judge (the system, processes, threads, reflection, class loading,
 * files, network, scripting, naming, serialization, the JDK's internals and the library's own
 * internals), so that even a rule that slipped past the check fails to compile, or fails when it
 * runs, instead of reaching them.
 *
 * <p>Class files stay readable as resources: the Java compiler reads the signatures of many
 * classes it never loads (the string concatenation it compiles to, for one), so a rule that names a
 * refused class may compile, and then fails with {@link NoClassDefFoundError} when it runs, which
 * the health check reports as a failed rule. Drools' own generated accessors need {@link Class}
 * and method handles, which therefore stay loadable.
 *
 * <p>Reflection from the MVEL interpreter is not class loading and is not seen here; the check
 * refuses every way to reach it ({@code getClass()}, class literals, unknown members).
 */
public final class JudgingClassLoader extends ClassLoader {

  static {
    registerAsParallelCapable();
  }

  private static final Set<String> REFUSED_CLASSES = Set.of(
      "java.lang.System", "java.lang.Runtime", "java.lang.ProcessBuilder", "java.lang.Process",
      "java.lang.ProcessHandle", "java.lang.Thread", "java.lang.ThreadGroup",
      "java.lang.ClassLoader", "java.lang.Module", "java.lang.ModuleLayer",
      "java.lang.StackWalker", "java.lang.SecurityManager", "java.lang.ThreadLocal",
      "java.lang.InheritableThreadLocal", "java.lang.Shutdown", "java.lang.ClassValue",
      "java.util.ServiceLoader", "java.util.Timer", "java.util.TimerTask",
      // Concurrent collections stay loadable (Drools' precompiled packages hold them); what
      // starts threads does not.
      "java.util.concurrent.Executors", "java.util.concurrent.ForkJoinPool",
      "java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.ScheduledThreadPoolExecutor",
      "java.util.concurrent.CompletableFuture", "java.util.concurrent.ForkJoinTask",
      "java.util.concurrent.FutureTask",
      // The engine's hooks in the facts package: public for the engine, not for rules.
      "io.github.mentoring.rules.facts.FactBuilder", "io.github.mentoring.rules.facts.FindingSink",
      "java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream",
      "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile",
      "java.io.ObjectInputStream", "java.io.ObjectOutputStream", "java.io.PrintStream",
      "java.io.Console");

  private static final List<String> REFUSED_PACKAGES = List.of(
      "java.lang.reflect.", "java.lang.instrument.", "java.lang.management.",
      "java.lang.ref.", "java.nio.", "java.net.", "java.util.logging.",
      "java.util.prefs.", "java.util.jar.", "java.util.zip.", "java.sql.", "java.rmi.",
      "java.beans.", "java.awt.", "javax.", "jdk.", "sun.", "com.sun.",
      "io.github.mentoring.rules.internal.", "io.github.mentoring.examples.",
      "org.mvel2.", "org.slf4j.", "net.bytebuddy.");

  /** A loader that refuses the classes above and asks {@code parent} for the rest. */
  public JudgingClassLoader(ClassLoader parent) {
    super("mentoring-judging", parent);
  }

  /** Whether generated rule code may load the named class. */
  public static boolean isAllowed(String className) {
    if (REFUSED_CLASSES.contains(className)) {
      return false;
    }
    for (String p : REFUSED_PACKAGES) {
      if (className.startsWith(p)) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!isAllowed(name)) {
      throw new ClassNotFoundException(name + " may not be used by a designer rule");
    }
    return super.loadClass(name, resolve);
  }
}

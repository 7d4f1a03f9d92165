package org.protomodels.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * SIGINT/SIGTERM as a request to stop (the stage then checkpoints and exits 75) instead of killing the JVM.
 * Uses the JDK's {@code sun.misc.Signal} by reflection (module jdk.unsupported); where it is missing the default
 * behaviour stays. The previous handlers come back on close.
 */
final class Signals implements AutoCloseable {
    private final List<Object[]> restore = new ArrayList<>();

    private Signals() {
    }

    static Signals onInterrupt(Runnable action) {
        Signals s = new Signals();
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handler);
            Object h = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handler}, (proxy, m, args) -> {
                if (m.getName().equals("handle")) {
                    action.run();
                    return null;
                }
                return m.getDeclaringClass() == Object.class ? m.invoke(s, args) : null;
            });
            for (String name : new String[] {"INT", "TERM"}) {
                Object sig = signal.getConstructor(String.class).newInstance(name);
                Object old = handle.invoke(null, sig, h);
                s.restore.add(new Object[] {handle, sig, old});
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no signal API: Ctrl-C ends the JVM as usual; the last periodic checkpoints still allow --resume
        }
        return s;
    }

    @Override
    public void close() {
        for (Object[] r : restore) {
            try {
                ((Method) r[0]).invoke(null, r[1], r[2]);
            } catch (ReflectiveOperationException e) {
                // best effort
            }
        }
    }
}

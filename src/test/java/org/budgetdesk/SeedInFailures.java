package org.budgetdesk;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Puts a {@link SeededTest} case's seed into its failure: an assertion or exception whose message does not name
 * the seed already is wrapped in an {@link AssertionError} that does, so a failing case can be read and replayed
 * from the report alone (Surefire names parameterized cases by index, not by display name).
 */
public final class SeedInFailures implements InvocationInterceptor {

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        String seed = "seed " + invocationContext.getArguments().get(0);
        try {
            invocation.proceed();
        } catch (TestAbortedException aborted) {
            throw aborted;
        } catch (Throwable failure) {
            if (failure.getMessage() != null && failure.getMessage().contains(seed)) {
                throw failure;
            }
            throw new AssertionError(seed + ": " + failure, failure);
        }
    }
}

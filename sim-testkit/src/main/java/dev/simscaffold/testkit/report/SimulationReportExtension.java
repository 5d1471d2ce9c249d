package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.testkit.replay.ReplayCommand;
import dev.simscaffold.testkit.replay.StopAt;
import dev.simscaffold.testkit.replay.TestCoordinates;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Turns an {@link InvariantViolationError} thrown by a plain simulation test into the full failure
 * report, with the replay command for that test and the trace written under {@code target/sim-traces/}.
 * Register it with {@code @ExtendWith(SimulationReportExtension.class)}. Property failures already carry
 * their own report and pass through unchanged. With {@code -Dsim.stopAt=N} it runs each test method so that
 * its simulation stops right after event {@code #N}, for a debugger (see {@link StopAt}).
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SimulationReportExtension implements TestExecutionExceptionHandler, InvocationInterceptor {

    /** Creates the extension; JUnit instantiates it. */
    public SimulationReportExtension() {
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        OptionalLong stopAt = StopAt.requested();
        if (stopAt.isEmpty()) {
            invocation.proceed();
            return;
        }
        StopAt.run(stopAt.getAsLong(), () -> {
            try {
                invocation.proceed();
            } catch (Exception | Error thrown) {
                throw thrown;
            } catch (Throwable other) {
                throw new IllegalStateException(other);
            }
        });
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        Optional<InvariantViolationError> violation = SimulationReport.violationIn(throwable);
        if (violation.isEmpty() || throwable instanceof ReportedFailure
                || violation.get().trace() == null) {
            throw throwable;
        }
        TestCoordinates test = new TestCoordinates(context.getRequiredTestClass().getName(), context.getRequiredTestMethod().getName());
        String report = SimulationReport.render(test.surefireFilter(), FailedRun.of(violation.get(), violation.get().seed()),
                ReplayCommand.of(test, violation.get().seed()));
        throw new SimulationFailedError(report, violation.get());
    }
}

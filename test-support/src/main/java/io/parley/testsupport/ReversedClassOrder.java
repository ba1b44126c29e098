package io.parley.testsupport;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Test classes by name, Z to A: the order of the sweep that checks each class makes its own data (docs/development.md,
 * "Each test class its own data"). Quarkus orders a module's classes itself (by name, after grouping them by test
 * resources and profile), so surefire's {@code runOrder} changes nothing; this is given to Quarkus as the order within
 * a group: {@code -Djunit.quarkus.orderer.secondary-orderer=io.parley.testsupport.ReversedClassOrder}.
 */
public final class ReversedClassOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(
                (org.junit.jupiter.api.ClassDescriptor d) -> d.getTestClass().getName()).reversed());
    }
}

package dev.simscaffold.generator.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A generator that refuses everything with one refusal: what {@link GeneratorsTest}'s archetype jars provide. */
public final class FixedGenerator implements Generator {

    static final Refusal REFUSAL = Refusal.of("groupId", "x", "is refused by the fixture");

    /** ServiceLoader makes it. */
    public FixedGenerator() {
    }

    @Override
    public List<Property> properties() {
        return List.of();
    }

    @Override
    public List<String> unsafeCharacters() {
        return List.of();
    }

    @Override
    public Map<String, String> values(Map<String, String> given) {
        return given;
    }

    @Override
    public Optional<Refusal> refusal(Map<String, String> given) {
        return Optional.of(REFUSAL);
    }

    @Override
    public ParentCoordinates parentCoordinates(Path parentPom) {
        return new ParentCoordinates(null, null, null);
    }

    @Override
    public Optional<String> moduleProblem(String parentPom, String artifactId) {
        return Optional.empty();
    }

    @Override
    public String withModule(String parentPom, String artifactId) {
        return parentPom;
    }

    @Override
    public Outcome generate(GenerationRequest request) {
        return REFUSAL;
    }
}

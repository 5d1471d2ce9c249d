package dev.simscaffold.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.random.SimRandom;
import org.junit.jupiter.api.Test;

class StronglyConnectedTest {

    @Test
    void twoCyclesJoinedByOneEdgeAreTwoComponentsAndAVertexOnNoCycleIsAlone() {
        // 0 -> 1 -> 2 -> 0, 2 -> 3, 3 -> 4 -> 3, 5 alone with a self-loop, 6 with no edge
        int[] start = {0, 1, 2, 4, 5, 6, 7, 7};
        int[] targets = {1, 2, 0, 3, 4, 3, 5};

        int[] component = StronglyConnected.components(start, targets);

        assertThat(component[0]).isEqualTo(component[1]).isEqualTo(component[2]);
        assertThat(component[3]).isEqualTo(component[4]).isNotEqualTo(component[0]);
        assertThat(component[5]).isNotIn(component[0], component[3], component[6]);
        assertThat(component[6]).isNotIn(component[0], component[3]);
    }

    @Test
    void sameComponentExactlyWhenEachReachesTheOtherOnRandomGraphs() {
        SimRandom random = SimRandom.seeded(7);
        for (int graph = 0; graph < 200; graph++) {
            int n = 1 + (int) random.between(0, 11);
            boolean[][] edge = new boolean[n][n];
            int[] start = new int[n + 1];
            int[] targets = new int[n * n];
            int k = 0;
            for (int v = 0; v < n; v++) {
                start[v] = k;
                for (int w = 0; w < n; w++) {
                    if (random.chance(0.2)) {
                        edge[v][w] = true;
                        targets[k++] = w;
                    }
                }
            }
            start[n] = k;
            boolean[][] reach = closure(edge);

            int[] component = StronglyConnected.components(start, targets);

            for (int v = 0; v < n; v++) {
                for (int w = 0; w < n; w++) {
                    boolean mutual = v == w || (reach[v][w] && reach[w][v]);
                    assertThat(component[v] == component[w]).as("graph %d, vertices %d and %d", graph, v, w).isEqualTo(mutual);
                }
            }
        }
    }

    @Test
    void aPathOfAMillionVerticesNeedsNoCallStack() {
        int n = 1_000_000;
        int[] start = new int[n + 1];
        int[] targets = new int[n - 1];
        for (int v = 0; v < n - 1; v++) {
            start[v + 1] = v + 1;
            targets[v] = v + 1;
        }
        start[n] = n - 1;

        int[] component = StronglyConnected.components(start, targets);

        assertThat(component[0]).isNotEqualTo(component[n - 1]);
    }

    @Test
    void malformedIndexesAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> StronglyConnected.components(new int[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> StronglyConnected.components(new int[] {0, 2, 1}, new int[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start[1]=2");
        assertThatThrownBy(() -> StronglyConnected.components(new int[] {0, 1}, new int[] {5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leads to 5");
    }

    private static boolean[][] closure(boolean[][] edge) {
        int n = edge.length;
        boolean[][] reach = new boolean[n][];
        for (int v = 0; v < n; v++) {
            reach[v] = edge[v].clone();
        }
        for (int via = 0; via < n; via++) {
            for (int v = 0; v < n; v++) {
                if (reach[v][via]) {
                    for (int w = 0; w < n; w++) {
                        reach[v][w] |= reach[via][w];
                    }
                }
            }
        }
        return reach;
    }
}

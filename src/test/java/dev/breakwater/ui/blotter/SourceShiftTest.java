package dev.breakwater.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index arithmetic of a list change, against the same edits done on a list of old indices. */
class SourceShiftTest {

    @Test
    void translatesIndicesBothWaysForRandomChanges() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            int oldSize = random.nextInt(40);
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < oldSize; i++) {
                list.add(i);
            }
            // Parts in ascending order, each counted in the list after the parts before it, as a change reports them.
            List<int[]> parts = new ArrayList<>();
            int at = 0;
            while (at <= list.size() && random.nextInt(4) > 0) {
                at += random.nextInt(4);
                if (at > list.size()) {
                    break;
                }
                int removed = Math.min(list.size() - at, random.nextInt(3));
                int added = random.nextInt(3);
                if (removed + added == 0) {
                    continue;
                }
                list.subList(at, at + removed).clear();
                for (int a = 0; a < added; a++) {
                    list.add(at, -1);
                }
                parts.add(new int[] {at, removed, added});
                at += added + 1;
            }
            SourceShift shift = SourceShift.of(parts, oldSize, list.size());

            assertThat(shift).as("round %d", round).isNotNull();
            for (int index = 0; index < list.size(); index++) {
                assertThat(shift.oldIndex(index)).as("round %d, new index %d", round, index).isEqualTo(list.get(index));
            }
            int[] oldToNew = new int[oldSize];
            Arrays.fill(oldToNew, Integer.MIN_VALUE);
            shift.fill(oldToNew);
            for (int old = 0; old < oldSize; old++) {
                int expected = old < shift.firstMoved() ? Integer.MIN_VALUE : list.indexOf(old);
                assertThat(oldToNew[old]).as("round %d, old index %d", round, old).isEqualTo(expected);
                if (old < shift.firstMoved()) {
                    assertThat(list.get(old)).isEqualTo(old);
                }
            }
            boolean keeps = true;
            for (int old = 0; old < oldSize; old++) {
                keeps &= list.indexOf(old) == old;
            }
            assertThat(shift.keepsIndices()).as("round %d", round).isEqualTo(keeps);
        }
    }

    @Test
    void refusesPartsOutOfOrderOrNotAddingUp() {
        assertThat(SourceShift.of(List.of(new int[] {5, 1, 0}, new int[] {2, 1, 0}), 10, 8)).isNull();
        assertThat(SourceShift.of(List.of(new int[] {2, 1, 0}), 10, 10)).isNull();
        assertThat(SourceShift.of(List.of(new int[] {9, 3, 0}), 10, 7)).isNull();
        assertThat(SourceShift.of(List.of(new int[] {10, 0, 2}), 10, 12).keepsIndices()).isTrue();
    }
}

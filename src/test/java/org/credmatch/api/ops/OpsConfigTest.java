package org.credmatch.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpsConfigTest {

  @Test
  void parsesMillisecondsSecondsAndBareSeconds() {
    assertThat(OpsConfig.duration("1500ms")).isEqualTo(Duration.ofMillis(1500));
    assertThat(OpsConfig.duration("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(OpsConfig.duration(" 7 ")).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void refusesDurationsItCannotRead() {
    assertThatThrownBy(() -> OpsConfig.duration("ten seconds"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10s or 1500ms");
  }

  @Test
  void refusesAZeroDeadlineOrBurst() {
    assertThatThrownBy(() -> new OpsConfig(1, 1, Duration.ZERO, 8, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OpsConfig(1, 0, Duration.ofSeconds(1), 8, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

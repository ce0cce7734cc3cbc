package org.voicequal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PrivacyTest {

    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    @Test
    void masksKeepOnlyWhatLetsAnOwnerRecogniseTheRecord() {
        assertThat(Masks.name("张三丰")).isEqualTo("张**");
        assertThat(Masks.name("李")).isEqualTo("*");
        assertThat(Masks.idNumber("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(Masks.contact("13800138000")).isEqualTo("138****8000");
        assertThat(Masks.contact("admin@example.com")).isEqualTo("a****@example.com");
        assertThat(Masks.enterpriseName("杭州示例科技有限公司")).isEqualTo("杭州******公司");
        assertThat(Masks.code("M000100Y4")).isEqualTo("M0*****Y4");
    }

    @Test
    void sealedTextOpensOnlyWithTheSameKeyAndNeverContainsTheClearText() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY);
        String sealed = cipher.seal("11010519491231002X");
        assertThat(sealed).startsWith("pd1:").doesNotContain("11010519491231002X");
        assertThat(cipher.seal("11010519491231002X")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.open(sealed)).isEqualTo("11010519491231002X");

        byte[] other = KEY.clone();
        other[0] = 8;
        assertThatThrownBy(() -> new PersonalDataCipher(other).open(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bytesRoundTripAndTamperingIsDetected() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY);
        byte[] sealed = cipher.seal("photo".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(cipher.open(sealed), StandardCharsets.UTF_8)).isEqualTo("photo");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneCipherServesManyValuesOnManyThreadsAndRecoversFromATamperedOne() throws Exception {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY);
        byte[] tampered = cipher.seal("photo".getBytes(StandardCharsets.UTF_8));
        tampered[tampered.length - 1] ^= 1;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> rounds = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                rounds.add(pool.submit(() -> {
                    int opened = 0;
                    for (int i = 0; i < 500; i++) {
                        String clear = "name " + thread + "/" + i;
                        String sealed = cipher.seal(clear);
                        if (i % 50 == 0) {
                            assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(IllegalArgumentException.class);
                        }
                        assertThat(cipher.open(sealed)).isEqualTo(clear);
                        opened++;
                    }
                    return opened;
                }));
            }
            for (java.util.concurrent.Future<Integer> round : rounds) {
                assertThat(round.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(500);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

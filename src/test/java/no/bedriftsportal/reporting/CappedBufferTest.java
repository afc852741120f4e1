package no.bedriftsportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A report past the mail's limit is refused as its bytes come, not after they have filled the heap. */
class CappedBufferTest {

    @Test
    void takesUpToTheLimitAndRefusesTheNextByte() {
        ReportMailer.CappedBuffer buffer = new ReportMailer.CappedBuffer(10);
        buffer.write(new byte[8], 0, 8);
        buffer.write(1);
        buffer.write(2);
        assertThat(buffer.size()).isEqualTo(10);
        assertThatThrownBy(() -> buffer.write(3)).isInstanceOf(ReportMailer.CappedBuffer.Full.class);
        assertThatThrownBy(() -> buffer.write(new byte[2], 0, 2)).isInstanceOf(ReportMailer.CappedBuffer.Full.class);
        assertThat(buffer.size()).as("nothing past the limit is kept").isEqualTo(10);
    }
}

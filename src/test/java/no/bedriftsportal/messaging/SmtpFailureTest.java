package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

/** How a failed send is read: the reply code and words found however deep Spring and Jakarta Mail wrap them. */
class SmtpFailureTest {

    @Test
    void anUnknownRecipientIsPermanentWithTheServersWords() throws Exception {
        SendFailedException invalid = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(new InternetAddress("x@y.test"), "RCPT TO", 550, "550 5.1.1 User unknown"));

        SmtpFailure failure = SmtpFailure.of(new MailSendException(Map.of(new Object(), invalid)));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.code()).isEqualTo(550);
        assertThat(failure.reply()).isEqualTo("550 5.1.1 User unknown");
    }

    @Test
    void aFullMailboxIsTriedAgain() throws Exception {
        SendFailedException later = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(new InternetAddress("x@y.test"), "RCPT TO", 452, "452 4.2.2 Mailbox full"));

        assertThat(SmtpFailure.of(new MailSendException(Map.of(new Object(), later))).permanent()).isFalse();
    }

    @Test
    void aRefusalOfOurOwnSenderIsNotTheMailsFault() throws Exception {
        SMTPSenderFailedException sender = new SMTPSenderFailedException(new InternetAddress("ikke-svar@bedrift.test"), "MAIL FROM",
                553, "553 5.7.1 Sender address rejected: not owned by user");

        SmtpFailure failure = SmtpFailure.of(new MailSendException(Map.of(new Object(), sender)));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reply()).contains("553 5.7.1");
    }

    @Test
    void aServerThatCannotBeReachedIsTransientAndSaysWhy() {
        MailConnectException down = new MailConnectException(new org.eclipse.angus.mail.util.SocketConnectException(
                "Using socket factory", new ConnectException("Connection refused"), "smtp.test", 25, 5000));

        SmtpFailure failure = SmtpFailure.of(new MailSendException("Mail server connection failed", down));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.code()).isNull();
        assertThat(failure.reply()).contains("Mail server connection failed", "Connection refused");
    }
}

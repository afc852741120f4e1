package no.bedriftsportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Bedriftsportal {
    public static void main(String[] args) {
        SpringApplication.run(Bedriftsportal.class, args);
    }
}

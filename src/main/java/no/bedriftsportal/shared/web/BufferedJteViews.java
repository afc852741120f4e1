package no.bedriftsportal.shared.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages and cards are rendered into a buffer of UTF-8 bytes and written to the response at once,
 * with their length. JTE's own view writes each piece of a template through the response's
 * writer, and so through every wrapper of it (the session store's counts each write) and an
 * encoder per call: under load, more than a card's rendering itself (#12.7, measured with JFR).
 * A template that fails half-way now also sends nothing of itself, so the error page is whole.
 */
@Configuration(proxyBeanMethods = false)
class BufferedJteViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
        return new JteViewResolver(engine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedView(engine);
            }
        };
    }

    static final class BufferedView extends JteView {

        private final TemplateEngine engine;

        BufferedView(TemplateEngine engine) {
            super(engine);
            this.engine = engine;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            engine.render(getUrl(), model, output);
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}

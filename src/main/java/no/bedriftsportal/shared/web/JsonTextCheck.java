package no.bedriftsportal.shared.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import no.bedriftsportal.shared.ControlCharacters;

/**
 * Every JSON string read into a request record refuses control characters
 * ({@link ControlCharacters}): a {@code "\u0000"} escape in a name would
 * reach PostgreSQL, which refuses NUL in text. The refusal carries the JSON path, so
 * {@link ApiProblemHandler} names the field. (Unescaped control characters are not JSON at all
 * and are refused by the parser.)
 */
final class JsonTextCheck {

    private JsonTextCheck() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("no-control-characters");
        module.addDeserializer(String.class, new TextWithoutControlCharacters());
        return module;
    }

    /** The refusal, told apart from other unreadable bodies. */
    static final class ControlCharactersInJson extends InvalidFormatException {

        ControlCharactersInJson(JsonParser parser, String value) {
            super(parser, "must not contain control characters", value, String.class);
        }
    }

    private static final class TextWithoutControlCharacters extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = super.deserialize(parser, context);
            if (ControlCharacters.in(text)) {
                throw new ControlCharactersInJson(parser, text);
            }
            return text;
        }
    }
}

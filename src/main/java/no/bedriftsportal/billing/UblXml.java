package no.bedriftsportal.billing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a UBL 2.1 document element by element, indented, with names as the PEPPOL specification
 * writes them ({@code cac:Party}, {@code cbc:ID}). Element order is the caller's: the UBL schema
 * fixes it, and the PEPPOL validation checks it.
 */
final class UblXml {

    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String CURRENCY = "NOK";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    private final XMLStreamWriter xml;
    private int depth;
    private boolean elementHasChildren;

    UblXml(String rootElement, String rootNamespace) {
        try {
            // the JDK's own writer, one factory per document: factories are not documented thread-safe
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("", rootElement, rootNamespace);
            xml.writeDefaultNamespace(rootNamespace);
            xml.writeNamespace("cac", CAC);
            xml.writeNamespace("cbc", CBC);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    UblXml start(String name) {
        try {
            newLine();
            xml.writeStartElement(prefix(name), localName(name), namespace(name));
            depth++;
            elementHasChildren = false;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    UblXml end() {
        try {
            depth--;
            if (elementHasChildren) {
                newLine();
            }
            xml.writeEndElement();
            elementHasChildren = true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    UblXml value(String name, String text) {
        return value(name, text, null, null);
    }

    /** An element with text and, when {@code attribute} is not null, one attribute. */
    UblXml value(String name, String text, String attribute, String attributeValue) {
        try {
            newLine();
            xml.writeStartElement(prefix(name), localName(name), namespace(name));
            if (attribute != null) {
                xml.writeAttribute(attribute, attributeValue);
            }
            xml.writeCharacters(text);
            xml.writeEndElement();
            elementHasChildren = true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An amount in NOK with two decimals, as BR-DEC rules require of document amounts. */
    UblXml amount(String name, BigDecimal amount) {
        return value(name, amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), "currencyID", CURRENCY);
    }

    UblXml date(String name, LocalDate date) {
        return value(name, date.toString());
    }

    byte[] finish() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String prefix(String name) {
        return name.substring(0, name.indexOf(':'));
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    private static String namespace(String name) {
        return switch (prefix(name)) {
            case "cac" -> CAC;
            case "cbc" -> CBC;
            default -> throw new IllegalArgumentException("not a UBL component name: " + name);
        };
    }
}

package nl.gedeeldbeeld.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Reads goAML XML (UNODC's reporting schema, in which FIU-Nederland receives unusual-transaction
 * reports) with StAX, one {@code <report>} at a time: one report is one record, numbered by its position
 * in the file and placed at the line of its start tag. A file is either one {@code <report>} (what the
 * goAML portal takes per upload) or any root element whose children are reports (a bulk export).
 *
 * <p>No DTD is processed and none is accepted: a file that declares one is refused whole, because
 * entities are how XML is made to read other files (XXE) or to expand without bound. A report that is
 * well-formed but not goAML-shaped is quarantined and the next one read; XML that is not well-formed
 * stops the parser for good, so the report it broke is quarantined with where and why, and nothing after
 * it is read — the reports before it are imported, as the CSV reader does with a broken quote.
 */
public final class GoamlReader implements RecordReader {
    private static final XMLInputFactory XML = hardenedFactory();

    private final String fileName;
    private final CountingInputStream counter;
    private final XMLStreamReader xml;
    private final GoamlReportMapper mapper;
    private final boolean rootIsReport;
    private final Deque<SourceRecord> pending = new ArrayDeque<>(2);
    private boolean done;
    private boolean broken;
    private int reports;

    /** @throws UserInputException when the file is empty, not XML at all, or declares a DTD */
    public GoamlReader(Path file) {
        this.fileName = file.getFileName().toString();
        this.mapper = new GoamlReportMapper(fileName);
        try {
            this.counter = new CountingInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            this.xml = XML.createXMLStreamReader(counter);
            this.rootIsReport = toRootElement(xml, fileName).equals("report");
        } catch (XMLStreamException e) {
            closeQuietly();
            throw new UserInputException(fileName + ": " + where(e) + "cannot be read as XML: " + message(e));
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /**
     * Reads a quarantined report again (its re-serialised XML) as the reader first did, for retry.
     *
     * @param index the report's position in its file, for messages
     */
    static SourceRecord reparse(String fileName, long line, int index, String raw) {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(raw));
            try {
                toRootElement(reader, fileName);
                GoamlElement report = readElement(reader, line);
                return new GoamlReportMapper(fileName).map(index, line, report, raw);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | UserInputException e) {
            return new SourceRecord.Unreadable(line, raw, "report " + index + ": malformed XML: " + e.getMessage());
        } catch (BrokenXml e) {
            return new SourceRecord.Unreadable(line, raw, "report " + index + ": malformed XML: " + message(e.cause));
        }
    }

    @Override
    public Optional<SourceRecord> next() {
        if (!pending.isEmpty()) {
            return Optional.of(pending.poll());
        }
        if (done) {
            return Optional.empty();
        }
        if (rootIsReport) {
            done = true;
            readReport(xml.getLocation().getLineNumber());
            if (!broken) {
                finishDocument();
            }
            return Optional.ofNullable(pending.poll());
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    readReport(xml.getLocation().getLineNumber());
                    return Optional.ofNullable(pending.poll());
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    done = true;
                    finishDocument();
                    return Optional.ofNullable(pending.poll());
                }
                // Text and comments between reports carry nothing of goAML's.
            }
            done = true;
            return Optional.empty();
        } catch (XMLStreamException e) {
            done = true;
            return Optional.of(broken(e, "after report " + reports));
        }
    }

    private void readReport(long line) {
        int index = ++reports;
        try {
            GoamlElement element = readElement(xml, line);
            String raw = element.toXml();
            if (!element.name().equals("report")) {
                pending.add(new SourceRecord.Unreadable(line, raw, "report " + index + ": expected a <report> element, found <"
                        + element.name() + ">"));
            } else {
                pending.add(mapper.map(index, line, element, raw));
            }
        } catch (BrokenXml e) {
            done = true;
            broken = true;
            pending.add(new SourceRecord.Unreadable(line, e.partial.toXml(), "report " + index + ": malformed XML at "
                    + position(e.cause.getLocation()) + ": " + message(e.cause) + "; nothing after this point could be read"));
        }
    }

    /** After the last report: only comments and white space may follow the root element. */
    private void finishDocument() {
        try {
            while (xml.hasNext()) {
                xml.next();
            }
        } catch (XMLStreamException e) {
            pending.add(broken(e, "after report " + reports));
        }
    }

    private SourceRecord.Unreadable broken(XMLStreamException e, String context) {
        long line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
        return new SourceRecord.Unreadable(Math.max(line, 0), "", "malformed XML at " + position(e.getLocation()) + " ("
                + context + "): " + message(e) + "; nothing after this point could be read");
    }

    /**
     * Reads the element the reader is on, with everything in it; the reader is left on its end tag.
     * Iterative, so a deeply nested file cannot exhaust the stack.
     */
    private static GoamlElement readElement(XMLStreamReader xml, long line) {
        Deque<Node> open = new ArrayDeque<>();
        open.push(new Node(xml.getLocalName(), line));
        try {
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> open.push(new Node(xml.getLocalName(), xml.getLocation().getLineNumber()));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            open.peek().text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                            "entity reference &" + xml.getLocalName() + "; is not allowed (goAML files declare no entities)",
                            xml.getLocation());
                    case XMLStreamConstants.END_ELEMENT -> {
                        GoamlElement closed = open.pop().build();
                        if (open.isEmpty()) {
                            return closed;
                        }
                        open.peek().children.add(closed);
                    }
                    default -> {
                        // comments and processing instructions carry no data
                    }
                }
            }
        } catch (XMLStreamException e) {
            GoamlElement partial = null;
            while (!open.isEmpty()) {
                Node node = open.pop();
                if (partial != null) {
                    node.children.add(partial);
                }
                partial = node.build();
            }
            throw new BrokenXml(partial, e);
        }
    }

    /** Moves past the prolog to the root element; refuses a DTD. Returns the root's local name. */
    private static String toRootElement(XMLStreamReader xml, String fileName) throws XMLStreamException {
        int event = xml.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw new UserInputException(fileName + ": line " + xml.getLocation().getLineNumber()
                        + ": the file declares a DTD (<!DOCTYPE …>); goAML files have none, and DTDs are refused because "
                        + "their entities can make a parser read other files or expand without bound");
            }
            if (!xml.hasNext()) {
                throw new UserInputException(fileName + ": the file has no XML element; expected goAML <report> elements");
            }
            event = xml.next();
        }
        return xml.getLocalName();
    }

    private static XMLInputFactory hardenedFactory() {
        // The JDK's own parser, whatever else is on the class path, so the hardening below is known to hold.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static String where(XMLStreamException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ": ";
    }

    private static String position(Location location) {
        return location == null ? "an unknown place" : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** The parser's own sentence, without the "ParseError at [row,col]" preamble the JDK puts before it. */
    private static String message(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        String sentence = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next either way
        }
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            counter.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An element being read: text and children collect until its end tag. */
    private static final class Node {
        final String name;
        final long line;
        final StringBuilder text = new StringBuilder();
        final List<GoamlElement> children = new ArrayList<>();

        Node(String name, long line) {
            this.name = name;
            this.line = line;
        }

        GoamlElement build() {
            return new GoamlElement(name, text.toString().strip(), children, line);
        }
    }

    /** The stream broke inside an element; {@code partial} is what was read of it. */
    private static final class BrokenXml extends RuntimeException {
        final transient GoamlElement partial;
        final transient XMLStreamException cause;

        BrokenXml(GoamlElement partial, XMLStreamException cause) {
            super(cause.getMessage(), cause, false, false);
            this.partial = partial;
            this.cause = cause;
        }
    }
}

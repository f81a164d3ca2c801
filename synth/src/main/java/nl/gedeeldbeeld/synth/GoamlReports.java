package nl.gedeeldbeeld.synth;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * FIU-NL's reports once more, as goAML XML (the UNODC schema the FIU receives them in): one
 * {@code <report>} per reported transaction, under a {@code <reports>} root, with the very values of the
 * CSV row (no random draws of its own, so the world's other files are unchanged by it). Not listed in the
 * manifest: it holds the same reports as the CSV, for trying {@code gb ingest} on goAML.
 */
final class GoamlReports implements Closeable {
    private final OutputStream out;
    private final XMLStreamWriter xml;

    GoamlReports(Path outDir, String relativePath) throws IOException {
        Path file = outDir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        out = Files.newOutputStream(file);
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("reports");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            out.close();
            throw new IOException(e);
        }
    }

    /**
     * @param bankCode    the reporting bank's IBAN bank code, standing in for its FIU reporting id
     * @param payerIban   empty for a cash deposit: the payer is then a person or company without account
     */
    void report(String otNumber, String bankCode, String bankName, int reportedDay, int day, long cents,
                String payerName, boolean payerIsPerson, String payerIban, String payeeName, String payeeIban,
                String purpose, String indicator) throws IOException {
        try {
            xml.writeCharacters("  ");
            xml.writeStartElement("report");
            value("rentity_id", bankCode);
            value("submission_code", "E");
            value("report_code", "UTR");
            value("entity_reference", otNumber);
            value("submission_date", DutchFormats.iso(reportedDay) + "T09:00:00");
            value("currency_code_local", "EUR");
            value("reason", indicator);
            xml.writeStartElement("transaction");
            value("transactionnumber", otNumber);
            value("transaction_description", purpose);
            value("date_transaction", DutchFormats.iso(day));
            value("transmode_code", payerIban.isEmpty() ? "A" : "K");
            value("amount_local", cents / 100 + "." + String.format(java.util.Locale.ROOT, "%02d", cents % 100));
            xml.writeStartElement("t_from");
            if (payerIban.isEmpty()) {
                xml.writeStartElement(payerIsPerson ? "from_person" : "from_entity");
                value(payerIsPerson ? "last_name" : "name", payerName);
                xml.writeEndElement();
            } else {
                account("from_account", payerIban, payerName, "");
            }
            value("from_country", "NL");
            xml.writeEndElement();
            xml.writeStartElement("t_to_my_client");
            account("to_account", payeeIban, payeeName, bankName);
            value("to_country", "NL");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("report_indicators");
            value("indicator", indicator.startsWith("objectief") ? "OBJ" : "SUBJ");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void account(String element, String iban, String holder, String bankName) throws XMLStreamException {
        xml.writeStartElement(element);
        if (!bankName.isEmpty()) {
            value("institution_name", bankName);
        }
        value("account", iban);
        value("account_name", holder);
        xml.writeEndElement();
    }

    private void value(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        } finally {
            out.close();
        }
    }
}

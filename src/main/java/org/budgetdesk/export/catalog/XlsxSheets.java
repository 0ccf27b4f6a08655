package org.budgetdesk.export.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.budgetdesk.catalog.importing.ImportSheet;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an .xlsx by streaming each sheet's XML (POI's event API) instead of building the workbook's object model:
 * the same text per cell (formatted numbers, a formula's stored result), at a fraction of the first-use cost, which
 * is what a user waits for on the first import of a session.
 */
final class XlsxSheets {
    private XlsxSheets() {
    }

    static List<ImportSheet> read(byte[] bytes) throws IOException, OpenXML4JException, SAXException {
        List<ImportSheet> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream stream = iterator.next()) {
                    Rows rows = new Rows();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, formatter, false));
                    parser.parse(new InputSource(stream));
                    sheets.add(new ImportSheet(iterator.getSheetName(), rows.rows));
                }
            }
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return sheets;
    }

    /** Collects the cells of a sheet row by row, empty rows and cells kept as empty. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> rows = new ArrayList<>();
        private List<String> row;

        @Override
        public void startRow(int rowNum) {
            while (rows.size() < rowNum) {
                rows.add(List.of());
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(row);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            while (row.size() < column) {
                row.add("");
            }
            row.add(formattedValue == null ? "" : formattedValue);
        }
    }
}

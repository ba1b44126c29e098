package io.parley.analytics.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders the pack's XHTML to PDF with openhtmltopdf (PDFBox underneath), the fonts embedded (subset) from the class
 * path, so the PDF reads the same on every machine whatever fonts it has.
 */
@ApplicationScoped
public class PdfRenderer {

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> Glyphs.open(Glyphs.REGULAR), Glyphs.FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Glyphs.open(Glyphs.BOLD), Glyphs.FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Parley");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report pack could not be rendered", e);
        }
        return out.toByteArray();
    }
}

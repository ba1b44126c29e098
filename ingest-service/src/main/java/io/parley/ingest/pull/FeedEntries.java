package io.parley.ingest.pull;

import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.intake.InteractionIntake;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RSS 2.0 and Atom (RFC 4287) feeds. An entry of an RSS source is a mention (something written
 * about the brand elsewhere); an entry of a forum's feed is a comment in the forum. The entry's id
 * (Atom {@code id}, RSS {@code guid}, else its link) names it, so reading the feed again yields the
 * same interactions; an Atom entry updated after it was published is also an edit. The parser
 * refuses DOCTYPEs and external entities.
 */
public final class FeedEntries {

    /** A feed that cannot be read. */
    public static final class UnreadableFeedException extends Exception {
        UnreadableFeedException(String message) {
            super(message);
        }
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private FeedEntries() {
    }

    public record Entries(List<InteractionIntake.Heard> heard, List<InteractionIntake.Changed> changed) {
    }

    /**
     * One entry as the feed states it: its id (Atom {@code id}, RSS {@code guid}, else its link), link, author,
     * title, words, and when it was published (Atom {@code published}, else {@code updated}; RSS {@code pubDate})
     * and updated (Atom only, when after published).
     */
    public record Entry(String id, String link, String author, String title, String text, Instant published,
            Instant updated) {
    }

    public static Entries read(byte[] xml, ChannelAccount source) throws UnreadableFeedException {
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<InteractionIntake.Changed> changed = new ArrayList<>();
        InteractionKind kind = source.platform() == Platform.FORUM ? InteractionKind.COMMENT : InteractionKind.MENTION;
        for (Entry e : entries(xml)) {
            add(heard, changed, source, kind, e.id(), e.link(), e.author(), e.text(), e.published(), e.updated());
        }
        return new Entries(heard, changed);
    }

    /** The feed's entries in document order; entries with neither id nor link are left out. */
    public static List<Entry> entries(byte[] xml) throws UnreadableFeedException {
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        List<Entry> entries = new ArrayList<>();
        if ("feed".equals(root.getLocalName()) && ATOM.equals(root.getNamespaceURI())) {
            String feedAuthor = text(child(child(root, ATOM, "author"), ATOM, "name"));
            for (Element e : children(root, ATOM, "entry")) {
                String link = atomLink(e);
                String id = firstNonBlank(text(child(e, ATOM, "id")), link);
                if (id == null) {
                    continue;
                }
                Instant published = time(text(child(e, ATOM, "published")));
                Instant updated = time(text(child(e, ATOM, "updated")));
                String author = firstNonBlank(text(child(child(e, ATOM, "author"), ATOM, "name")), feedAuthor);
                String title = text(child(e, ATOM, "title"));
                String body = join(title,
                        plain(firstNonBlank(text(child(e, ATOM, "content")), text(child(e, ATOM, "summary")))));
                entries.add(new Entry(id, link, author, title, body, published != null ? published : updated,
                        published != null ? updated : null));
            }
        } else if ("rss".equals(root.getNodeName())) {
            Element channel = child(root, null, "channel");
            for (Element item : children(channel, null, "item")) {
                String link = text(child(item, null, "link"));
                String id = firstNonBlank(text(child(item, null, "guid")), link);
                if (id == null) {
                    continue;
                }
                String author = firstNonBlank(text(child(item, "http://purl.org/dc/elements/1.1/", "creator")),
                        text(child(item, null, "author")));
                String title = text(child(item, null, "title"));
                String body = join(title, plain(text(child(item, null, "description"))));
                entries.add(new Entry(id, link, author, title, body, rfc822(text(child(item, null, "pubDate"))),
                        null));
            }
        } else {
            throw new UnreadableFeedException("neither an RSS 2.0 nor an Atom feed (root element "
                    + root.getNodeName() + ")");
        }
        return entries;
    }

    private static void add(List<InteractionIntake.Heard> heard, List<InteractionIntake.Changed> changed,
            ChannelAccount source, InteractionKind kind, String id, String link, String author, String text,
            Instant published, Instant updated) {
        var interactionId = StableIds.of(source.platform().id(), source.accountId(), id);
        heard.add(new InteractionIntake.Heard(source, new InteractionReceived(interactionId, source.platform(),
                source.accountId(), kind, id, null, null, id, new Author(author, author, null), text, link, published)));
        if (updated != null && published != null && updated.isAfter(published)) {
            changed.add(new InteractionIntake.Changed(source, new InteractionChanged(interactionId, source.platform(),
                    source.accountId(), id, id, InteractionChanged.Change.EDITED, text, author, updated)));
        }
    }

    private static Document parse(byte[] xml) throws UnreadableFeedException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new UnreadableFeedException("not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new UnreadableFeedException("cannot be read: " + e.getMessage());
        }
    }

    private static String atomLink(Element entry) {
        String any = null;
        for (Element link : children(entry, ATOM, "link")) {
            String rel = link.getAttribute("rel");
            if (rel.isEmpty() || "alternate".equals(rel)) {
                return link.getAttribute("href");
            }
            any = any != null ? any : link.getAttribute("href");
        }
        return any;
    }

    private static Element child(Element parent, String ns, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, ns, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e) {
                String local = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
                boolean nsMatches = ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI());
                if (local.equals(name) && nsMatches) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }

    private static String join(String title, String body) {
        if (title == null) {
            return body != null ? body : "";
        }
        return body == null || body.equals(title) ? title : title + "\n\n" + body;
    }

    /** Feed bodies are HTML; the interaction keeps the words, not the markup. */
    static String plain(String html) {
        if (html == null) {
            return null;
        }
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p>", "\n").replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
    }

    private static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant rfc822(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return time(text);
        }
    }
}

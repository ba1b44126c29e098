package io.parley.platform.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A JSON factory whose parsers check every string value and field name against {@link TextRules} as
 * it is read, whatever it is read into (a record, a map, a tree), and name it by its JSON pointer.
 */
final class TextCheckingJsonFactory extends JsonFactory {

    TextCheckingJsonFactory(JsonFactory base) {
        super(base, null);
    }

    @Override
    public JsonFactory copy() {
        return new TextCheckingJsonFactory(this);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return new Checking(super._createParser(in, ctxt));
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new Checking(super._createParser(r, ctxt));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
            throws IOException {
        return new Checking(super._createParser(data, offset, len, ctxt, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        return new Checking(super._createParser(data, offset, len, ctxt));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
        return new Checking(super._createParser(input, ctxt));
    }

    private static final class Checking extends JsonParserDelegate {

        Checking(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                String text = token == JsonToken.FIELD_NAME ? delegate.currentName() : delegate.getText();
                int bad = TextRules.firstForbiddenInBody(text);
                if (bad >= 0) {
                    String pointer = delegate.getParsingContext().pathAsPointer().toString();
                    throw new ForbiddenTextException(this, pointer,
                            (token == JsonToken.FIELD_NAME ? "(a field name) " : "") + TextRules.describe(text, bad));
                }
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            // The delegate's own nextValue would skip field names past this check.
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }
    }
}

package vn.motcua.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.springframework.stereotype.Component;

/**
 * Full-text search of the procedure catalogue: an in-memory Lucene index built once at
 * start-up (the catalogue is small and changes only with a restart), so it works the same
 * on H2 and PostgreSQL.
 * <p>
 * Words match in any order, with or without diacritics (Lucene's ASCII folding: "Đăng ký"
 * = "dang ky"), and a word may be the beginning of one ("kinh doa"). Every word of the
 * query must match the name or the field (lĩnh vực); only when that finds nothing for
 * three words or more, one word may miss. Hits are ranked: whole words before beginnings,
 * the name before the field, words close together in the order typed first. A procedure
 * code, whole or its beginning, finds that procedure.
 */
@Component
class ProcedureSearch {

	/** More words than this are not a search but noise (and would swell the query). */
	static final int MAX_WORDS = 16;

	private static final String NAME = "name";

	private static final String FIELD = "field";

	private static final String CODE = "code";

	private static final String POSITION = "position";

	private final List<Procedure> procedures;

	private final Analyzer analyzer = new FoldingAnalyzer();

	private final IndexSearcher searcher;

	ProcedureSearch(Catalogue catalogue) {
		this.procedures = catalogue.procedures();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer))) {
			for (int i = 0; i < this.procedures.size(); i++) {
				Procedure procedure = this.procedures.get(i);
				Document document = new Document();
				document.add(new StringField(CODE, procedure.code().toLowerCase(Locale.ROOT), Field.Store.NO));
				document.add(new TextField(NAME, nfc(procedure.name()), Field.Store.NO));
				document.add(new TextField(FIELD, nfc((procedure.field() != null) ? procedure.field() : ""),
						Field.Store.NO));
				document.add(new StoredField(POSITION, i));
				writer.addDocument(document);
			}
			writer.commit();
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The procedures matching {@code text}, best first; every procedure in catalogue
	 * order for a blank text.
	 */
	List<Procedure> search(String text) {
		if (text == null || text.isBlank()) {
			return this.procedures;
		}
		List<String> words = words(text);
		String code = text.strip().toLowerCase(Locale.ROOT);
		List<Procedure> found = run(query(words, words.size(), code));
		if (found.isEmpty() && words.size() >= 3) {
			found = run(query(words, words.size() - 1, code));
		}
		return found;
	}

	private Query query(List<String> words, int required, String code) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		if (code.matches("[0-9a-z.]{3,64}")) {
			any.add(new BoostQuery(new TermQuery(new Term(CODE, code)), 20f), Occur.SHOULD);
			any.add(new BoostQuery(new PrefixQuery(new Term(CODE, code)), 10f), Occur.SHOULD);
		}
		if (!words.isEmpty()) {
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			for (String word : words) {
				all.add(word(word), Occur.SHOULD);
			}
			all.setMinimumNumberShouldMatch(required);
			BooleanQuery.Builder ranked = new BooleanQuery.Builder();
			ranked.add(all.build(), Occur.MUST);
			if (words.size() > 1) {
				// words typed together and in that order rank first
				ranked.add(new BoostQuery(new PhraseQuery(2, NAME, words.toArray(String[]::new)), 10f), Occur.SHOULD);
			}
			any.add(ranked.build(), Occur.SHOULD);
		}
		return any.build();
	}

	/** One word: whole before beginning, in the name before in the field. */
	private static Query word(String word) {
		BooleanQuery.Builder clause = new BooleanQuery.Builder();
		clause.add(new BoostQuery(new TermQuery(new Term(NAME, word)), 4f), Occur.SHOULD);
		clause.add(new BoostQuery(new PrefixQuery(new Term(NAME, word)), 2f), Occur.SHOULD);
		clause.add(new BoostQuery(new TermQuery(new Term(FIELD, word)), 1f), Occur.SHOULD);
		clause.add(new BoostQuery(new PrefixQuery(new Term(FIELD, word)), 0.5f), Occur.SHOULD);
		return clause.build();
	}

	private List<Procedure> run(Query query) {
		try {
			List<Procedure> found = new ArrayList<>();
			var stored = this.searcher.storedFields();
			for (ScoreDoc hit : this.searcher.search(query, Math.max(1, this.procedures.size())).scoreDocs) {
				found.add(this.procedures.get(stored.document(hit.doc).getField(POSITION).numericValue().intValue()));
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The words of {@code text} as the index holds them: lower case, folded. */
	List<String> words(String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream tokens = this.analyzer.tokenStream(NAME, nfc(text))) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && words.size() < MAX_WORDS) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	/**
	 * Text typed with combining marks (NFD, as some keyboards send it) folds like the
	 * precomposed letters.
	 */
	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Words, lower case, diacritics removed (đ → d). */
	private static final class FoldingAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

}

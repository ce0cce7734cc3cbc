package org.voicequal.ocr;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Readings by image content, document type and reader: ocr-worker's own table. */
public interface DocumentReadingDao {

    /** A stored reading, as {@link #findAll} returns it. */
    record StoredReading(String sha256, String documentType, byte[] document) {
    }

    /** Every stored reading by {@code reader} of any of these images, whatever document type it was read as. */
    @SqlQuery("SELECT sha256, document_type, document FROM document_reading WHERE sha256 = ANY(:sha256s) AND reader = :reader")
    @RegisterConstructorMapper(StoredReading.class)
    List<StoredReading> findAll(@Bind("sha256s") String[] sha256s, @Bind("reader") String reader);

    @SqlUpdate("""
            INSERT INTO document_reading (sha256, document_type, reader, document) VALUES (:sha256, :type, :reader, :document)
            ON CONFLICT (sha256, document_type, reader) DO NOTHING""")
    void save(@Bind("sha256") String sha256, @Bind("type") String documentType, @Bind("reader") String reader,
              @Bind("document") byte[] document);
}

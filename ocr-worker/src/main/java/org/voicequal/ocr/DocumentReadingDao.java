package org.voicequal.ocr;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Readings by image content, document type and reader: ocr-worker's own table. */
public interface DocumentReadingDao {

    @SqlQuery("SELECT document FROM document_reading WHERE sha256 = :sha256 AND document_type = :type AND reader = :reader")
    Optional<byte[]> find(@Bind("sha256") String sha256, @Bind("type") String documentType, @Bind("reader") String reader);

    @SqlUpdate("""
            INSERT INTO document_reading (sha256, document_type, reader, document) VALUES (:sha256, :type, :reader, :document)
            ON CONFLICT (sha256, document_type, reader) DO NOTHING""")
    void save(@Bind("sha256") String sha256, @Bind("type") String documentType, @Bind("reader") String reader,
              @Bind("document") byte[] document);
}

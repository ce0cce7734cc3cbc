package org.voicequal.ingest.submission;

import org.voicequal.domain.QualificationId;

public class QualificationNotFoundException extends RuntimeException {

    public QualificationNotFoundException(QualificationId id) {
        super("no qualification " + id);
    }
}

package org.stepplan.learn.data;

import java.nio.file.Path;

/** A data set that is not installed: the message is one line that names the install command. */
public final class MissingDatasetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MissingDatasetException(KnownDataset dataset, Path root) {
        super("data set '" + dataset.label() + "' is not installed in " + root + "; run: ./stepplan data install "
                + dataset.label());
    }
}

package io.github.uuidkit.boot.it.app;

import org.springframework.data.repository.CrudRepository;

/** Rows read strictly. */
public interface LooseRepository extends CrudRepository<Loose, Integer> {
}

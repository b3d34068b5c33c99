package com.shopassistant.it.geminigateway;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Test-only EJB for {@link GeminiGatewayIT}: reads the context cache rows the gateway wrote. */
@Stateless
public class ContextCacheRows {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @SuppressWarnings("unchecked")
  public List<String> namesOf(String model) {
    return em.createNativeQuery("select cache_name from gemini_context_cache where model = ?1")
        .setParameter(1, model)
        .getResultList();
  }
}

/**
 * Operations endpoints and request observation: the Cloud Run health probe, the MicroProfile Health
 * checks, and the structured request log (one JSON line per API request, with the trace, the route
 * template, the caller and, for chat, the conversation and the turn's Gemini tokens).
 */
package com.shopassistant.ops;

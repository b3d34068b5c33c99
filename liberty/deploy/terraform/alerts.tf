# The seed's alerts ("Key Metrics to Track", "Alerting Policy") as Cloud Monitoring policies.
# Platform numbers (Cloud Run, Cloud SQL) use their built-in metrics; the application's own come
# from /metrics through the Managed Prometheus sidecar and are queried in PromQL by their
# Prometheus names (stored as prometheus.googleapis.com/<name>/<kind>). Metric names and labels:
# docs/observability.md, docs/operations.md. Those conditions skip metric validation: a
# series exists only after the application first counted something and the sidecar scraped it.
locals {
  run_filter = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"${var.service_name}\""
  sql_filter = "resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"${var.project_id}:${google_sql_database_instance.main.name}\""
}

# API p95 latency > 1 s for 5 minutes. Liberty's per-route request timer (vendor scope), its
# histogram buckets summed over all instances (server.xml sets them); chat routes are left out: a
# turn waits for Gemini for seconds by design and has its own alerts below.
resource "google_monitoring_alert_policy" "api_latency" {
  display_name          = "${var.service_name}: API p95 latency > ${var.alert_latency_p95_seconds} s"
  combiner              = "OR"
  severity              = "ERROR"
  notification_channels = var.paging_notification_channels

  conditions {
    display_name = "p95 of a non-chat route above ${var.alert_latency_p95_seconds} s"
    condition_prometheus_query_language {
      query                     = "histogram_quantile(0.95, sum by (le, http_route) (rate(http_server_request_duration_seconds_bucket{http_route!~\".*/api/v1/chat.*\"}[5m]))) > ${var.alert_latency_p95_seconds}"
      duration                  = "300s"
      evaluation_interval       = "60s"
      disable_metric_validation = true
    }
  }

  documentation {
    content   = "The 95th percentile of an API route has been above ${var.alert_latency_p95_seconds} s for 5 minutes (seed target < 500 ms). docs/operations.md#alerts."
    mime_type = "text/markdown"
  }
}

# Error rate > 5 % for 2 minutes: 5xx answers over all answers, as Cloud Run counts them (so an
# instance that cannot answer at all counts too).
resource "google_monitoring_alert_policy" "error_rate" {
  display_name          = "${var.service_name}: error rate > ${format("%g", var.alert_error_rate * 100)} %"
  combiner              = "OR"
  severity              = "CRITICAL"
  notification_channels = concat(var.paging_notification_channels, var.notification_channels)

  conditions {
    display_name = "5xx share of requests"
    condition_threshold {
      filter             = "metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\" AND ${local.run_filter}"
      denominator_filter = "metric.type = \"run.googleapis.com/request_count\" AND ${local.run_filter}"
      comparison         = "COMPARISON_GT"
      threshold_value    = var.alert_error_rate
      duration           = "120s"

      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
      }

      denominator_aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }

  documentation {
    content   = "More than ${format("%g", var.alert_error_rate * 100)} % of requests answered 5xx for 2 minutes. docs/operations.md#alerts."
    mime_type = "text/markdown"
  }
}

resource "google_monitoring_alert_policy" "sql_cpu" {
  display_name          = "${var.service_name}: Cloud SQL CPU > ${format("%g", var.alert_sql_cpu * 100)} %"
  combiner              = "OR"
  severity              = "WARNING"
  notification_channels = var.notification_channels

  conditions {
    display_name = "CPU utilisation"
    condition_threshold {
      filter          = "metric.type = \"cloudsql.googleapis.com/database/cpu/utilization\" AND ${local.sql_filter}"
      comparison      = "COMPARISON_GT"
      threshold_value = var.alert_sql_cpu
      duration        = "300s"

      aggregations {
        alignment_period   = "60s"
        per_series_aligner = "ALIGN_MEAN"
      }
    }
  }

  documentation {
    content   = "The database has used more than ${format("%g", var.alert_sql_cpu * 100)} % CPU for 5 minutes: see the scaling table in docs/operations.md."
    mime_type = "text/markdown"
  }
}

# Connections > 90 % of max_connections: the sum over databases of the backends.
resource "google_monitoring_alert_policy" "sql_connections" {
  display_name          = "${var.service_name}: Cloud SQL connections > ${format("%g", var.alert_sql_connections_share * 100)} %"
  combiner              = "OR"
  severity              = "ERROR"
  notification_channels = var.notification_channels

  conditions {
    display_name = "backends over ${format("%g", var.alert_sql_connections_share * 100)} % of ${var.db_max_connections}"
    condition_threshold {
      filter          = "metric.type = \"cloudsql.googleapis.com/database/postgresql/num_backends\" AND ${local.sql_filter}"
      comparison      = "COMPARISON_GT"
      threshold_value = floor(var.db_max_connections * var.alert_sql_connections_share)
      duration        = "300s"

      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_MEAN"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }

  documentation {
    content   = "Connections are near max_connections (${var.db_max_connections}); pools are sized to stay below it (docs/operations.md#connection-pool-sizing)."
    mime_type = "text/markdown"
  }
}

resource "google_monitoring_alert_policy" "sql_disk" {
  display_name          = "${var.service_name}: Cloud SQL storage > 80 %"
  combiner              = "OR"
  severity              = "WARNING"
  notification_channels = var.notification_channels

  conditions {
    display_name = "disk utilisation"
    condition_threshold {
      filter          = "metric.type = \"cloudsql.googleapis.com/database/disk/utilization\" AND ${local.sql_filter}"
      comparison      = "COMPARISON_GT"
      threshold_value = 0.8
      duration        = "600s"

      aggregations {
        alignment_period   = "300s"
        per_series_aligner = "ALIGN_MEAN"
      }
    }
  }

  documentation {
    content   = "Storage above 80 %; it grows automatically (disk_autoresize), so this is a heads-up on growth and cost."
    mime_type = "text/markdown"
  }
}

resource "google_monitoring_alert_policy" "max_instances" {
  display_name          = "${var.service_name}: all ${var.max_instances} instances in use"
  combiner              = "OR"
  severity              = "WARNING"
  notification_channels = var.notification_channels

  conditions {
    display_name = "instance count at the maximum"
    condition_threshold {
      filter          = "metric.type = \"run.googleapis.com/container/instance_count\" AND metric.labels.state = \"active\" AND ${local.run_filter}"
      comparison      = "COMPARISON_GT"
      threshold_value = var.max_instances - 1
      duration        = "300s"

      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_MAX"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }

  documentation {
    content   = "Cloud Run is at max_instances: requests queue. Raise max_instances only together with the pool sizing (docs/operations.md)."
    mime_type = "text/markdown"
  }
}

# Gemini 429 > 10 per minute (gemini_calls_total counts every HTTP call, retries included).
resource "google_monitoring_alert_policy" "gemini_rate_limited" {
  display_name          = "${var.service_name}: Gemini 429 > ${var.alert_gemini_429_per_minute}/min"
  combiner              = "OR"
  severity              = "ERROR"
  notification_channels = var.paging_notification_channels

  conditions {
    display_name = "rate_limited calls per minute"
    condition_prometheus_query_language {
      query                     = "sum(rate(gemini_calls_total{outcome=\"rate_limited\"}[2m])) * 60 > ${var.alert_gemini_429_per_minute}"
      duration                  = "60s"
      evaluation_interval       = "60s"
      disable_metric_validation = true
    }
  }

  documentation {
    content   = "Gemini answers 429: the project quota is exhausted. The global model limit (SHOP_USAGE_MODEL_LIMIT_*) should keep calls below it; see docs/usage.md#global-model-limits."
    mime_type = "text/markdown"
  }
}

# Gemini 5xx > 5 % of calls for 1 minute (the seed's "Gemini API Down").
resource "google_monitoring_alert_policy" "gemini_server_errors" {
  display_name          = "${var.service_name}: Gemini 5xx > ${format("%g", var.alert_gemini_5xx_share * 100)} %"
  combiner              = "OR"
  severity              = "CRITICAL"
  notification_channels = var.paging_notification_channels

  conditions {
    display_name = "server_error share of Gemini calls"
    condition_prometheus_query_language {
      query                     = "sum(rate(gemini_calls_total{outcome=\"server_error\"}[2m])) / sum(rate(gemini_calls_total[2m])) > ${var.alert_gemini_5xx_share}"
      duration                  = "60s"
      evaluation_interval       = "60s"
      disable_metric_validation = true
    }
  }

  documentation {
    content   = "Gemini is failing; the assistant falls back Pro -> Flash -> offline assistant on its own (docs/assistant.md). Check the Gemini status page."
    mime_type = "text/markdown"
  }
}

# Daily model cost > $75. usage_daily_cost_usd is the store's cost of the current day (its zone,
# SHOP_USAGE_TIME_ZONE) read from the ledger, so every instance reports the same figure: max().
resource "google_monitoring_alert_policy" "daily_cost" {
  display_name          = "${var.service_name}: model cost today > USD ${var.alert_daily_cost_usd}"
  combiner              = "OR"
  severity              = "WARNING"
  notification_channels = var.notification_channels

  conditions {
    display_name = "usage_daily_cost_usd above USD ${var.alert_daily_cost_usd}"
    condition_prometheus_query_language {
      query                     = "max(usage_daily_cost_usd) > ${var.alert_daily_cost_usd}"
      duration                  = "0s"
      evaluation_interval       = "300s"
      disable_metric_validation = true
    }
  }

  documentation {
    content   = "Today's Gemini cost passed USD ${var.alert_daily_cost_usd} (seed target < $50). The usage report shows who and which model: docs/usage.md."
    mime_type = "text/markdown"
  }
}

# Token spike: tokens of the last 24 h over 150 % of the daily average of the 7 days before.
resource "google_monitoring_alert_policy" "token_spike" {
  display_name          = "${var.service_name}: tokens > ${format("%g", var.alert_token_spike_ratio * 100)} % of the daily average"
  combiner              = "OR"
  severity              = "WARNING"
  notification_channels = var.notification_channels

  conditions {
    display_name = "24 h tokens against the 7-day daily average"
    condition_prometheus_query_language {
      query                     = "sum(increase(gemini_tokens_total{kind=~\"input|output\"}[1d])) > ${var.alert_token_spike_ratio} * sum(increase(gemini_tokens_total{kind=~\"input|output\"}[7d] offset 1d)) / 7"
      duration                  = "900s"
      evaluation_interval       = "300s"
      disable_metric_validation = true
    }
  }

  documentation {
    content   = "Token use is well above its usual level: a busy day, a loop, or abuse. Check the usage report by user and model (docs/usage.md)."
    mime_type = "text/markdown"
  }
}

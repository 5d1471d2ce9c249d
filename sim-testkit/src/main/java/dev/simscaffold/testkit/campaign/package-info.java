/**
 * Seed campaigns that outgrow one machine: stable seed identity ({@link dev.simscaffold.testkit.campaign.CampaignSeeds}),
 * shards that a CI matrix or a Kubernetes Indexed Job runs with no scheduler of ours
 * ({@link dev.simscaffold.testkit.campaign.Campaign}), results as JSON Lines and JUnit XML, a merge that is
 * idempotent and order-independent ({@link dev.simscaffold.testkit.campaign.CampaignMerge}), and a corpus
 * of failing seeds that every build replays first ({@link dev.simscaffold.testkit.campaign.Corpus}), and a canary
 * ({@link dev.simscaffold.testkit.campaign.Canary}), the planted bug every shard must find.
 */
package dev.simscaffold.testkit.campaign;

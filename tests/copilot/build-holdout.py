# Generates holdout.json: messages written after the engine was tuned on messages.json, never tuned against; the
# runner reports their pass rate separately as the honest generalisation figure.
import json, datetime as dt, importlib.util, sys, os
T = dt.date(2026, 11, 25)
d = lambda x: x.isoformat()
def last(n): return {"from": d(T - dt.timedelta(days=n - 1)), "to": d(T)}
mon = T - dt.timedelta(days=T.weekday())
LAST_WEEK = {"from": d(mon - dt.timedelta(days=7)), "to": d(mon - dt.timedelta(days=1))}
YESTERDAY = {"from": d(T - dt.timedelta(days=1)), "to": d(T - dt.timedelta(days=1))}
THIS_MONTH = {"from": "2026-11-01", "to": d(T)}
LAST_MONTH = {"from": "2026-10-01", "to": "2026-10-31"}
Q3 = {"from": "2026-07-01", "to": "2026-09-30"}
AUG = {"from": "2026-08-01", "to": "2026-08-31"}
cases = []
def add(message, intent, slots=None, missing=None, state=None):
    c = {"message": message, "expect": {"intent": intent, "slots": slots or {}}}
    if missing is not None: c["expect"]["missing"] = missing
    if state: c["state"] = state
    cases.append(c)
add("what did we spend on linkedin yesterday", "query_metrics", {"metrics": ["spend"], "channels": ["linkedin"], "range": YESTERDAY})
add("Can you pull impressions for TikTok in August?", "query_metrics", {"metrics": ["impressions"], "channels": ["tiktok"], "range": AUG})
add("revenue and orders this month please", "query_metrics", {"metrics": ["revenue", "conversions"], "range": THIS_MONTH})
add("I need the CPC by channel for last month", "query_metrics", {"metrics": ["cpc"], "dimension": "channel", "range": LAST_MONTH})
add("how's our ROAS looking over the last 60 days?", "query_metrics", {"metrics": ["roas"], "range": last(60)})
add("total spnd on meta in q3", "query_metrics", {"metrics": ["spend"], "channels": ["meta"], "range": Q3})
add("clicks per week on google this month", "query_metrics", {"metrics": ["clicks"], "channels": ["google"], "dimension": "date", "grain": "week", "range": THIS_MONTH})
add("show conversion rate trend for email", "query_metrics", {"metrics": ["conversion_rate"], "channels": ["email"], "dimension": "date"})
add("best campaigns by conversions last week", "query_metrics", {"metrics": ["conversions"], "dimension": "campaign", "range": LAST_WEEK})
add("why did our spend jump yesterday?", "explain_change", {"metrics": ["spend"], "range": YESTERDAY})
add("Why are conversions lower this month on google?", "explain_change", {"metrics": ["conversions"], "channels": ["google"], "range": THIS_MONTH})
add("what's going on with revenue, it dropped a lot last week", "explain_change", {"metrics": ["revenue"], "range": LAST_WEEK})
add("explain the change in CTR in the last 30 days", "explain_change", {"metrics": ["ctr"], "range": last(30)})
add("Launch a campaign for people who abandoned checkout with 15% off on meta", "create_campaign", {"segment": {"kind": "cart_abandoners", "days": 7}, "offer": {"kind": "percent", "value": 15}, "channels": ["meta"]})
add("create a campaign to win back customers who haven't ordered in 45 days, free shipping", "create_campaign", {"segment": {"kind": "no_purchase_days", "days": 45}, "offer": {"kind": "free_shipping"}})
add("set up a 2% lookalike campaign on tiktok with $150 a day", "create_campaign", {"segment": {"kind": "lookalike_top_customers", "percent": 2}, "channels": ["tiktok"], "dailyBudget": 150})
add("new campaign targeting customers who have not purchased in 6 weeks", "create_campaign", {"segment": {"kind": "no_purchase_days", "days": 42}})
add("make me a campaign", "create_campaign", {}, missing=["segment"])
add("got any recommendations for meta?", "list_recommendations", {"channels": ["meta"]})
add("how do we improve our roas?", "list_recommendations")
add("what should we do about tiktok", "list_recommendations", {"channels": ["tiktok"]})
add("apply recommendation number 1", "apply_recommendation", {"recommendationOrdinal": 1})
add("go ahead with the second one", "apply_recommendation", {"recommendationOrdinal": 2}, state={"lastIntent": "list_recommendations", "listedRecommendationIds": ["r1", "r2"]})
add("approve the budget decrease", "apply_recommendation", {"recommendationKind": "budget_decrease"})
add("yes activate it", "activate_campaign", {}, state={"lastIntent": "create_campaign", "draftCampaignIds": ["d1"]})
q_state = {"lastIntent": "query_metrics", "lastSlots": {"metrics": ["revenue"], "range": LAST_WEEK}}
add("what about on email?", "query_metrics", {"metrics": ["revenue"], "channels": ["email"], "range": LAST_WEEK}, state=q_state)
add("and this month?", "query_metrics", {"metrics": ["revenue"], "range": THIS_MONTH}, state=q_state)
add("split it by campaign", "query_metrics", {"metrics": ["revenue"], "dimension": "campaign"}, state=q_state)
add("make it 25% off", "create_campaign", {"offer": {"kind": "percent", "value": 25}}, state={"lastIntent": "create_campaign", "lastSlots": {"segment": {"kind": "cart_abandoners", "days": 7}}, "draftCampaignIds": ["d1"]})
add("good morning", "help")
add("what's the capital of France", "unknown")
add("lorem ipsum dolor sit amet", "unknown")
# Campaign schedules, written after the schedule parser and never tuned against (dates by Python's calendar).
H_MON = T + dt.timedelta(days=(7 - T.weekday()) % 7 or 7)
H_CART = {"kind": "cart_abandoners", "days": 7}
add("build a campaign for people who abandoned their basket, kicking off next Monday and running for 10 days", "create_campaign", {"segment": H_CART, "startDate": d(H_MON), "endDate": d(H_MON + dt.timedelta(days=9))})
add("holiday push to customers who haven't bought in 30 days, Dec 10 through Dec 24, 20% off", "create_campaign", {"segment": {"kind": "no_purchase_days", "days": 30}, "offer": {"kind": "percent", "value": 20}, "startDate": "2026-12-10", "endDate": "2026-12-24"})
add("set up a one-week campaign for all customers starting December 1", "create_campaign", {"segment": {"kind": "all_customers"}, "startDate": "2026-12-01", "endDate": "2026-12-07"})
add("campaign for cart abandoners going live on the 2nd of December", "create_campaign", {"segment": H_CART, "startDate": "2026-12-02"})
add("let's run it until Christmas Eve", "create_campaign", {"segment": H_CART, "endDate": "2026-12-24"}, state={"lastIntent": "create_campaign", "lastSlots": {"segment": H_CART}, "draftCampaignIds": ["d1"]})
add("move the start to Dec 3", "create_campaign", {"segment": H_CART, "startDate": "2026-12-03"}, state={"lastIntent": "create_campaign", "lastSlots": {"segment": H_CART}, "draftCampaignIds": ["d1"]})
json.dump({"today": d(T), "currency": "USD", "campaigns": [], "cases": cases}, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout.json"), "w"), indent=1, ensure_ascii=False)
print(len(cases), "holdout cases")

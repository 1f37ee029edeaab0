# Generates messages.json: the copilot's intent + slot test set (run: python3 tests/copilot/build-messages.py).
# Expected date ranges are computed here with Python's calendar, independently of the parser under test.
import json, datetime as dt
T = dt.date(2026, 11, 25)  # a Wednesday
d = lambda x: x.isoformat()
def last(n): return {"from": d(T - dt.timedelta(days=n - 1)), "to": d(T)}
mon = T - dt.timedelta(days=T.weekday())
LAST_WEEK = {"from": d(mon - dt.timedelta(days=7)), "to": d(mon - dt.timedelta(days=1))}
THIS_WEEK = {"from": d(mon), "to": d(T)}
YESTERDAY = {"from": d(T - dt.timedelta(days=1)), "to": d(T - dt.timedelta(days=1))}
TODAY = {"from": d(T), "to": d(T)}
THIS_MONTH = {"from": "2026-11-01", "to": d(T)}
LAST_MONTH = {"from": "2026-10-01", "to": "2026-10-31"}
Q3 = {"from": "2026-07-01", "to": "2026-09-30"}
Q4 = {"from": "2026-10-01", "to": d(T)}
Q2 = {"from": "2026-04-01", "to": "2026-06-30"}
Q1_2025 = {"from": "2025-01-01", "to": "2025-03-31"}
YTD = {"from": "2026-01-01", "to": d(T)}
LAST_YEAR = {"from": "2025-01-01", "to": "2025-12-31"}
# Black Friday = the day after the 4th Thursday of November; 2026's is still ahead, so the last one is 2025's.
def black_friday(y):
    first = dt.date(y, 11, 1)
    thu = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    return thu + dt.timedelta(days=22)
BF = black_friday(2026) if black_friday(2026) <= T else black_friday(2025)
SINCE_BF = {"from": d(BF), "to": d(T)}
SINCE_CYBER = {"from": d(BF + dt.timedelta(days=3)), "to": d(T)}
OCT = {"from": "2026-10-01", "to": "2026-10-31"}
SEP = {"from": "2026-09-01", "to": "2026-09-30"}
DEC_2025 = {"from": "2025-12-01", "to": "2025-12-31"}
SINCE_OCT1 = {"from": "2026-10-01", "to": d(T)}
NOV_1_15 = {"from": "2026-11-01", "to": "2026-11-15"}

CAMPAIGNS = [
    {"id": "c_summer", "name": "Summer Sale"},
    {"id": "c_lp", "name": "Landing Page Test · Q4"},
    {"id": "c_creator", "name": "Creator Collab · Launch"},
    {"id": "c_brand", "name": "Brand Awareness US"},
    {"id": "c_retarget", "name": "Retargeting Evergreen"},
]
cases = []
def add(message, intent, slots=None, missing=None, state=None, note=None):
    c = {"message": message, "expect": {"intent": intent, "slots": slots or {}}}
    if missing is not None: c["expect"]["missing"] = missing
    if state: c["state"] = state
    if note: c["note"] = note
    cases.append(c)
Q = "query_metrics"; E = "explain_change"; C = "create_campaign"; L = "list_recommendations"; A = "apply_recommendation"; ACT = "activate_campaign"; H = "help"; U = "unknown"

# ── query_metrics ──
add("How much did we spend last week?", Q, {"metrics": ["spend"], "range": LAST_WEEK})
add("what was our revenue yesterday", Q, {"metrics": ["revenue"], "range": YESTERDAY})
add("Show me ROAS by channel for the last 30 days", Q, {"metrics": ["roas"], "dimension": "channel", "range": last(30)})
add("how many conversions did facebook bring in this month", Q, {"metrics": ["conversions"], "channels": ["meta"], "range": THIS_MONTH})
add("revenue on google in Q3", Q, {"metrics": ["revenue"], "channels": ["google"], "range": Q3})
add("Spend since Black Friday", Q, {"metrics": ["spend"], "range": SINCE_BF})
add("what's the CPA on TikTok last month?", Q, {"metrics": ["cpa"], "channels": ["tiktok"], "range": LAST_MONTH})
add("give me clicks and impressions for linkedin, last 7 days", Q, {"metrics": ["clicks", "impressions"], "channels": ["linkedin"], "range": last(7)})
add("ctr by campaign this week", Q, {"metrics": ["ctr"], "dimension": "campaign", "range": THIS_WEEK})
add("daily revenue for the past 14 days", Q, {"metrics": ["revenue"], "dimension": "date", "grain": "day", "range": last(14)})
add("weekly spend trend year to date", Q, {"metrics": ["spend"], "dimension": "date", "grain": "week", "range": YTD})
add("monthly conversions last year", Q, {"metrics": ["conversions"], "dimension": "date", "grain": "month", "range": LAST_YEAR})
add("What is the cost per click on Instagram?", Q, {"metrics": ["cpc"], "channels": ["meta"]})
add("conversion rate for email in October", Q, {"metrics": ["conversion_rate"], "channels": ["email"], "range": OCT})
add("How did the Summer Sale campaign do last week? Show revenue", Q, {"metrics": ["revenue"], "campaignIds": ["c_summer"], "range": LAST_WEEK})
add("revenue of \"Retargeting Evergreen\" since October 1", Q, {"metrics": ["revenue"], "campaignIds": ["c_retarget"], "range": SINCE_OCT1})
add("Compare spend this month vs last month", Q, {"metrics": ["spend"], "compare": True})
add("top 5 campaigns by revenue last 30 days", Q, {"metrics": ["revenue"], "dimension": "campaign", "limit": 5, "range": last(30)})
add("which channel had the best ROAS in Q4?", Q, {"metrics": ["roas"], "dimension": "channel", "range": Q4})
add("total orders today", Q, {"metrics": ["conversions"], "range": TODAY})
add("how much revenue did we make in September", Q, {"metrics": ["revenue"], "range": SEP})
add("show return on ad spend for meta and google last week", Q, {"metrics": ["roas"], "channels": ["meta", "google"], "range": LAST_WEEK})
add("spend per day on tiktok this week", Q, {"metrics": ["spend"], "channels": ["tiktok"], "dimension": "date", "grain": "day", "range": THIS_WEEK})
add("cost per acquisition by channel", Q, {"metrics": ["cpa"], "dimension": "channel"})
add("impressions last 90 days", Q, {"metrics": ["impressions"], "range": last(90)})
add("revenue from Nov 1 to Nov 15", Q, {"metrics": ["revenue"], "range": NOV_1_15})
add("what was the click through rate on LinkedIn in Q2", Q, {"metrics": ["ctr"], "channels": ["linkedin"], "range": Q2})
add("how many sales came from the newsletter last month", Q, {"metrics": ["conversions"], "channels": ["email"], "range": LAST_MONTH})
add("show me spend vs revenue by week since Cyber Monday", Q, {"metrics": ["spend", "revenue"], "dimension": "date", "grain": "week", "range": SINCE_CYBER})
add("roas in Q1 2025", Q, {"metrics": ["roas"], "range": Q1_2025})
add("revenue in December", Q, {"metrics": ["revenue"], "range": DEC_2025})
add("spend across all channels last week", Q, {"metrics": ["spend"], "channels": ["meta", "google", "tiktok", "linkedin", "email"], "range": LAST_WEEK})
add("How much have we spent on YouTube this month", Q, {"metrics": ["spend"], "channels": ["google"], "range": THIS_MONTH})
add("conversions per campaign yesterday", Q, {"metrics": ["conversions"], "dimension": "campaign", "range": YESTERDAY})
add("Brand Awareness US impressions over the last 14 days", Q, {"metrics": ["impressions"], "campaignIds": ["c_brand"], "range": last(14)})
add("cvr last 7 days", Q, {"metrics": ["conversion_rate"], "range": last(7)})
add("pull the revenue numbers for last quarter", Q, {"metrics": ["revenue"], "range": Q3})
add("tell me the spend on fb ads this year", Q, {"metrics": ["spend"], "channels": ["meta"], "range": YTD})
add("clicks by channel past 2 weeks", Q, {"metrics": ["clicks"], "dimension": "channel", "range": last(14)})
add("what did tiktok cost us in october", Q, {"metrics": ["spend"], "channels": ["tiktok"], "range": OCT})
# typos and sloppy phrasing
add("how much did we spnd last week", Q, {"metrics": ["spend"], "range": LAST_WEEK}, note="typo: spnd")
add("reveneu on gogle yesterday", Q, {"metrics": ["revenue"], "channels": ["google"], "range": YESTERDAY}, note="typos: reveneu, gogle")
add("convresions on tiktk last month", Q, {"metrics": ["conversions"], "channels": ["tiktok"], "range": LAST_MONTH}, note="typos")
add("impresions by chanel this week", Q, {"metrics": ["impressions"], "dimension": "channel", "range": THIS_WEEK}, note="typos")
add("whats the roas on facebok", Q, {"metrics": ["roas"], "channels": ["meta"]}, note="typo: facebok")
add("linkdin clciks last 30 days", Q, {"metrics": ["clicks"], "channels": ["linkedin"], "range": last(30)}, note="typos")
add("revnue sinse black friday", Q, {"metrics": ["revenue"], "range": SINCE_BF}, note="typos")
add("SPEND LAST WEEK!!!", Q, {"metrics": ["spend"], "range": LAST_WEEK})
add("  revenue    this   month  ", Q, {"metrics": ["revenue"], "range": THIS_MONTH})
add("spend in the last ten days", Q, {"metrics": ["spend"], "range": last(10)})
add("instagram spend trend", Q, {"metrics": ["spend"], "channels": ["meta"], "dimension": "date"})
add("emails revenue in q3", Q, {"metrics": ["revenue"], "channels": ["email"], "range": Q3})
add("how many leads did linkedin generate this quarter", Q, {"metrics": ["conversions"], "channels": ["linkedin"], "range": Q4})
add("show the numbers: revenue, spend and roas for last week", Q, {"metrics": ["revenue", "spend", "roas"], "range": LAST_WEEK})
add("cost per conversion on google ads in september", Q, {"metrics": ["cpa"], "channels": ["google"], "range": SEP})

# ── explain_change ──
add("Why did conversions drop last week?", E, {"metrics": ["conversions"], "range": LAST_WEEK})
add("why is revenue down this month", E, {"metrics": ["revenue"], "range": THIS_MONTH})
add("what happened to google conversions on Nov 16?", E, {"metrics": ["conversions"], "channels": ["google"]})
add("explain the spike in spend yesterday", E, {"metrics": ["spend"], "range": YESTERDAY})
add("Why did our ROAS fall in October?", E, {"metrics": ["roas"], "range": OCT})
add("what caused the dip in clicks on tiktok last week", E, {"metrics": ["clicks"], "channels": ["tiktok"], "range": LAST_WEEK})
add("why did revenue jump since black friday", E, {"metrics": ["revenue"], "range": SINCE_BF})
add("what went wrong with conversions in the last 14 days", E, {"metrics": ["conversions"], "range": last(14)})
add("troubleshoot the drop in orders", E, {"metrics": ["conversions"]})
add("why are sales falling on facebook", E, {"metrics": ["conversions"], "channels": ["meta"]})
add("whats behind the CPA increase this week? explain please", E, {"metrics": ["cpa"], "range": THIS_WEEK})
add("why did spend go up on linkedin", E, {"metrics": ["spend"], "channels": ["linkedin"]})
add("why did convrsions tank last month", E, {"metrics": ["conversions"], "range": LAST_MONTH}, note="typo")
add("explain why revenue declined in Q3", E, {"metrics": ["revenue"], "range": Q3})
add("Something is wrong with our conversions, can you diagnose it?", E, {"metrics": ["conversions"]})
add("why did it drop?", E, {}, missing=["metrics"], note="no metric and no context: ask")
add("why did impressions plunge yesterday on email", E, {"metrics": ["impressions"], "channels": ["email"], "range": YESTERDAY})
add("what caused revenue to surge in the last 7 days", E, {"metrics": ["revenue"], "range": last(7)})

# ── create_campaign ──
seg30 = {"kind": "no_purchase_days", "days": 30}
add("Create a campaign targeting users who haven't purchased in 30 days with a 10% discount", C, {"segment": seg30, "offer": {"kind": "percent", "value": 10}}, missing=[])
add("set up a win-back campaign for customers who have not bought anything in 60 days, 15% off", C, {"segment": {"kind": "no_purchase_days", "days": 60}, "offer": {"kind": "percent", "value": 15}})
add("launch a campaign for cart abandoners with free shipping on meta", C, {"segment": {"kind": "cart_abandoners", "days": 7}, "offer": {"kind": "free_shipping"}, "channels": ["meta"]})
add("new campaign: lookalike of our top customers on facebook and tiktok, budget $200 a day", C, {"segment": {"kind": "lookalike_top_customers", "percent": 1}, "channels": ["meta", "tiktok"], "dailyBudget": 200})
add("Create a campaign targeting customers who haven't ordered in 90 days with code WELCOME20", C, {"segment": {"kind": "no_purchase_days", "days": 90}, "offer": {"kind": "code", "code": "WELCOME20"}})
add("make a campaign targeting people who abandoned their cart in the last 3 days, 20% off, email only", C, {"segment": {"kind": "cart_abandoners", "days": 3}, "offer": {"kind": "percent", "value": 20}, "channels": ["email"]})
add("draft a campaign to win back inactive customers (45 days) with $10 off", C, {"segment": {"kind": "no_purchase_days", "days": 45}, "offer": {"kind": "fixed", "value": 10, "currency": "USD"}})
add("create a campaign targeting users who haven't purchased in 30 days with a ten percent discount", C, {"segment": seg30, "offer": {"kind": "percent", "value": 10}})
add("Build a campaign for a 3% lookalike audience of our best customers on meta", C, {"segment": {"kind": "lookalike_top_customers", "percent": 3}, "channels": ["meta"]})
add("start a campaign aimed at all customers with free delivery, budget 500 per day", C, {"segment": {"kind": "all_customers"}, "offer": {"kind": "free_shipping"}, "dailyBudget": 500})
add("create campaign targeting users who havent purchased in 2 months, 10% off, only when signal health is above 80", C, {"segment": {"kind": "no_purchase_days", "days": 60}, "offer": {"kind": "percent", "value": 10}, "trustGateThreshold": 80})
add("Creat a campain targetting users who havent purchsed in 30 days with a 10% discount", C, {"segment": seg30, "offer": {"kind": "percent", "value": 10}}, note="many typos")
add("retarget cart abandoners on google and meta with 5% off", C, {"segment": {"kind": "cart_abandoners", "days": 7}, "offer": {"kind": "percent", "value": 5}, "channels": ["google", "meta"]})
add("I want to re-engage lapsed buyers who did not purchase for 120 days via email with promo code COMEBACK", C, {"segment": {"kind": "no_purchase_days", "days": 120}, "offer": {"kind": "code", "code": "COMEBACK"}, "channels": ["email"]})
add("create a new campaign called Holiday Winback targeting users with no purchase in 30 days", C, {"segment": seg30, "campaignName": "Holiday Winback"})
add("spin up a campaign for cart abandoners", C, {"segment": {"kind": "cart_abandoners", "days": 7}})
add("Create a campaign with a 10% discount", C, {"offer": {"kind": "percent", "value": 10}}, missing=["segment"], note="no audience: ask")
add("I'd like to create a campaign", C, {}, missing=["segment"])
add("new campaign on tiktok with a $300 daily budget", C, {"channels": ["tiktok"], "dailyBudget": 300}, missing=["segment"])
add("target shoppers who haven't bought in 3 weeks with 25% off", C, {"segment": {"kind": "no_purchase_days", "days": 21}, "offer": {"kind": "percent", "value": 25}})
add("create a lookalike campaign based on top customers with budget of 1000", C, {"segment": {"kind": "lookalike_top_customers", "percent": 1}, "dailyBudget": 1000})
add("campaign targeting customers inactive for 30 days, free shipping, meta + email", C, {"segment": seg30, "offer": {"kind": "free_shipping"}, "channels": ["meta", "email"]})
add("please create a campaign for users that have not made a purchase in 14 days with 12% off on instagram", C, {"segment": {"kind": "no_purchase_days", "days": 14}, "offer": {"kind": "percent", "value": 12}, "channels": ["meta"]})
add("set up a campaign to reach cart abandoners within 2 days via email with code SAVE10", C, {"segment": {"kind": "cart_abandoners", "days": 2}, "offer": {"kind": "code", "code": "SAVE10"}, "channels": ["email"]})
add("Create a campaign targeting users who haven't purchased in 30 days with a 10% discount on all channels", C, {"segment": seg30, "offer": {"kind": "percent", "value": 10}, "channels": ["meta", "google", "tiktok", "linkedin", "email"]})

# ── list_recommendations ──
add("What should I do to improve performance?", L)
add("show me your recommendations", L)
add("any suggestions for google?", L, {"channels": ["google"]})
add("what do you recommend", L)
add("list budget increase recommendations", L, {"recommendationKind": "budget_increase"})
add("how can we optimize our campaigns?", L)
add("any alerts I should know about?", L)
add("give me tips for tiktok", L, {"channels": ["tiktok"]})
add("recomendations please", L, note="typo")
add("are there any opportunities to grow?", L)
add("what should we change on facebook", L, {"channels": ["meta"]})
add("show signal health recommendations", L, {"recommendationKind": "signal_health_alert"})
add("any a/b test winners?", L, {"recommendationKind": "ab_test_winner"})
add("sugestions for linkedin", L, {"channels": ["linkedin"]}, note="typo")

# ── apply_recommendation ──
add("apply the first recommendation", A, {"recommendationOrdinal": 1})
add("Apply recommendation #2", A, {"recommendationOrdinal": 2})
add("go ahead and apply the budget increase", A, {"recommendationKind": "budget_increase"})
add("accept the second suggestion", A, {"recommendationOrdinal": 2})
add("implement the top one", A, {"recommendationOrdinal": 1})
add("apply the budget increase for Summer Sale", A, {"recommendationKind": "budget_increase", "campaignIds": ["c_summer"]})
add("apply it", A, {}, state={"lastIntent": "list_recommendations", "listedRecommendationIds": ["r1", "r2"]})
add("please apply the pause recommendation", A, {"recommendationKind": "pause_campaign"})
add("aply the third one", A, {"recommendationOrdinal": 3}, note="typo")
add("do it, apply the a/b test winner", A, {"recommendationKind": "ab_test_winner"})

# ── activate_campaign ──
draft_state = {"lastIntent": "create_campaign", "lastSlots": {"segment": seg30, "offer": {"kind": "percent", "value": 10}}, "draftCampaignIds": ["d1"]}
add("Activate it", ACT, {}, state=draft_state)
add("activate the campaign", ACT, {}, state=draft_state)
add("looks good, go live", ACT, {}, state=draft_state)
add("launch it now", ACT, {}, state=draft_state)
add("activte it", ACT, {}, state=draft_state, note="typo")
add("ok turn it on", ACT, {}, state=draft_state)
add("activate the draft", ACT, {}, state=draft_state)
add("publish the campaign", ACT, {}, state=draft_state)

# ── follow-ups ──
q_state = {"lastIntent": "query_metrics", "lastSlots": {"metrics": ["spend"], "range": LAST_WEEK, "channels": ["meta"]}}
add("and on Google?", Q, {"metrics": ["spend"], "range": LAST_WEEK, "channels": ["google"]}, state=q_state)
add("what about last month?", Q, {"metrics": ["spend"], "range": LAST_MONTH, "channels": ["meta"]}, state=q_state)
add("and revenue?", Q, {"metrics": ["revenue"], "range": LAST_WEEK, "channels": ["meta"]}, state=q_state)
add("by campaign", Q, {"metrics": ["spend"], "range": LAST_WEEK, "dimension": "campaign"}, state=q_state)
add("same for tiktok", Q, {"metrics": ["spend"], "channels": ["tiktok"]}, state=q_state)
add("how about yesterday", Q, {"metrics": ["spend"], "range": YESTERDAY}, state=q_state)
add("and in Q3?", Q, {"metrics": ["spend"], "range": Q3}, state=q_state)
add("now show roas instead", Q, {"metrics": ["roas"], "range": LAST_WEEK}, state=q_state)
add("on linkedin", Q, {"channels": ["linkedin"], "metrics": ["spend"]}, state=q_state)
c_state = {"lastIntent": "create_campaign", "lastSlots": {"segment": seg30, "offer": {"kind": "percent", "value": 10}}, "draftCampaignIds": ["d1"]}
add("make it 15%", C, {"segment": seg30, "offer": {"kind": "percent", "value": 15}}, state=c_state)
add("make it 20% instead", C, {"offer": {"kind": "percent", "value": 20}}, state=c_state)
add("and only on email", C, {"segment": seg30, "channels": ["email"]}, state=c_state)
add("use free shipping instead", C, {"segment": seg30, "offer": {"kind": "free_shipping"}}, state=c_state)
add("change the budget to 400 per day", C, {"dailyBudget": 400, "segment": seg30}, state=c_state)
e_state = {"lastIntent": "explain_change", "lastSlots": {"metrics": ["conversions"], "range": LAST_WEEK}}
add("and on meta?", E, {"metrics": ["conversions"], "channels": ["meta"], "range": LAST_WEEK}, state=e_state)
add("what about revenue", E, {"metrics": ["revenue"], "range": LAST_WEEK}, state=e_state)
add("and for last month", E, {"metrics": ["conversions"], "range": LAST_MONTH}, state=e_state)
l_state = {"lastIntent": "list_recommendations", "lastSlots": {}}
add("only for google", L, {"channels": ["google"]}, state=l_state)
# a new full request after a query is not a follow-up
add("how many clicks did we get yesterday", Q, {"metrics": ["clicks"], "range": YESTERDAY}, state=q_state)
add("Create a campaign targeting cart abandoners", C, {"segment": {"kind": "cart_abandoners", "days": 7}}, state=q_state)

# ── clarification: missing metric ──
add("show me last week", Q, {"range": LAST_WEEK}, missing=["metrics"])
add("how did we do on google yesterday?", Q, {"channels": ["google"], "range": YESTERDAY}, missing=["metrics"])
add("give me a breakdown by channel", Q, {"dimension": "channel"}, missing=["metrics"])

# ── campaign schedules (forward-looking dates into the draft's schedule; computed here with Python's calendar) ──
NEXT_MON = T + dt.timedelta(days=(7 - T.weekday()) % 7 or 7)
def span(start, days): return {"startDate": d(start), "endDate": d(start + dt.timedelta(days=days - 1))}
TOMORROW = T + dt.timedelta(days=1)
FRI = T + dt.timedelta(days=(4 - T.weekday()) % 7 or 7)
seg_cart = {"kind": "cart_abandoners", "days": 7}
add("Create a campaign for cart abandoners starting next Monday for two weeks", C, {"segment": seg_cart, **span(NEXT_MON, 14)})
add("win-back campaign for users who haven't purchased in 30 days from Dec 1 to Dec 15 with 10% off", C, {"segment": seg30, "offer": {"kind": "percent", "value": 10}, "startDate": "2026-12-01", "endDate": "2026-12-15"})
add("create a campaign targeting cart abandoners, running December 1 to December 24, free shipping", C, {"segment": seg_cart, "offer": {"kind": "free_shipping"}, "startDate": "2026-12-01", "endDate": "2026-12-24"})
add("set up a campaign for customers inactive for 60 days between Jan 5 and Jan 20", C, {"segment": {"kind": "no_purchase_days", "days": 60}, "startDate": "2027-01-05", "endDate": "2027-01-20"})
add("launch a lookalike campaign on meta on December 3", C, {"segment": {"kind": "lookalike_top_customers", "percent": 1}, "channels": ["meta"], "startDate": "2026-12-03"})
add("create a campaign for cart abandoners starting tomorrow", C, {"segment": seg_cart, "startDate": d(TOMORROW)})
add("a 10-day promo for shoppers who haven't bought in 45 days starting Friday, 15% off", C, {"segment": {"kind": "no_purchase_days", "days": 45}, "offer": {"kind": "percent", "value": 15}, **span(FRI, 10)})
add("campaign for all customers from december 1st through the 15th", C, {"segment": {"kind": "all_customers"}, "startDate": "2026-12-01", "endDate": "2026-12-15"})
add("Create a campaign targeting users who haven't purchased in 30 days, start on 12/1 and end on 12/14", C, {"segment": seg30, "startDate": "2026-12-01", "endDate": "2026-12-14"})
add("create a win-back campaign for customers who haven't ordered in 90 days next week", C, {"segment": {"kind": "no_purchase_days", "days": 90}, **span(NEXT_MON, 7)})
add("new campaign for cart abandoners for three weeks", C, {"segment": seg_cart, **span(TOMORROW, 21)}, note="a length alone starts tomorrow")
add("Create a campaign targeting users who haven't purchased in 30 days with a 10% discount", C, {"segment": seg30, "offer": {"kind": "percent", "value": 10}, "startDate": None, "endDate": None}, note="the audience window is not a schedule")
add("campaign for customers who have not bought for 60 days via email", C, {"segment": {"kind": "no_purchase_days", "days": 60}, "channels": ["email"], "startDate": None, "endDate": None}, note="'for 60 days' after 'bought' is the audience")
add("start it next Monday instead", C, {"segment": seg30, "startDate": d(NEXT_MON)}, state=c_state)
add("make it run for two weeks", C, {"segment": seg30, "offer": {"kind": "percent", "value": 10}, **span(TOMORROW, 14)}, state=c_state)
add("run it from Dec 7 to Dec 20", C, {"segment": seg30, "startDate": "2026-12-07", "endDate": "2026-12-20"}, state=c_state)
add("end it on December 31", C, {"segment": seg30, "endDate": "2026-12-31"}, state=c_state)
sched_state = {"lastIntent": "create_campaign", "lastSlots": {"segment": seg30, "startDate": "2026-12-01", "endDate": "2026-12-14", "durationDays": 14}, "draftCampaignIds": ["d1"]}
add("push the start to December 7", C, {"segment": seg30, **span(dt.date(2026, 12, 7), 14)}, state=sched_state, note="a new start keeps the length")
add("how much did we spend from Nov 1 to Nov 15?", Q, {"metrics": ["spend"], "range": NOV_1_15, "startDate": None}, note="a metric range is not a schedule")

# ── help / unknown ──
add("hi", H)
add("hello there, what can you do?", H)
add("help", H)
add("asdkjh qwe zzz", U)
add("the weather in paris", U)
add("🙂", U)
add("", U)
add("<script>alert(1)</script>", U)
add("tell me a joke", U)

json.dump({"today": d(T), "currency": "USD", "campaigns": CAMPAIGNS, "cases": cases}, open(__file__.replace("build-messages.py", "messages.json"), "w"), indent=1, ensure_ascii=False)
print(len(cases), "cases")

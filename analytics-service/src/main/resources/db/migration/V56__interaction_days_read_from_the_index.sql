-- Scale (issue 15 item 7, the timeline at 12 months): a year of a brand's daily volume and sentiment is some 3,000
-- rows of interaction_day (a row per channel and day) spread over as many table pages as rows, since every brand's
-- rows are written day by day side by side. The window's index now carries every column the figures sum, so that
-- the year is read from the index alone (VolumeStore#grouped), as care_fact_window does for the care figures.
CREATE INDEX interaction_day_window ON interaction_day (brand, day)
    INCLUDE (platform, complaint, question, suggestion, praise, spam, unclassified, total, positive, neutral,
             negative, score_sum, score_count);

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="62" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="64" />
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="139" />
        <source>Card</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="141" />
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="143" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="144" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="145" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="146" />
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="146" />
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="146" />
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="149" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="149" />
        <source>mobile 11 digits, or landline with area code</source>
        <translation>手机11位，或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="153" />
        <source>solar (公历)</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="154" />
        <source>lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="160" />
        <source>leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="172" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="172" />
        <source>YYYY-MM-DD or MM-DD</source>
        <translation>年-月-日 或 月-日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="174" />
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="176" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="175" />
        <source>Sales group</source>
        <translation>销售小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="177" />
        <source>Responsible staff</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="178" />
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="179" />
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="179" />
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="180" />
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="180" />
        <source>Consent to keep data</source>
        <translation>同意保存资料日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="181" />
        <source>Special customer</source>
        <translation>特殊客户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="181" />
        <source>designated by the manager</source>
        <translation>由总经理指定</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="184" />
        <source>Sizes and taste</source>
        <translation>尺码与喜好</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="185" />
        <source>Height (cm)</source>
        <translation>身高（厘米）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="186" />
        <source>Waist (cm)</source>
        <translation>腰围（厘米）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="187" />
        <source>Size, tops</source>
        <translation>上衣尺码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="188" />
        <source>Size, bottoms</source>
        <translation>下装尺码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="189" />
        <source>Size, shoes</source>
        <translation>鞋码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="190" />
        <source>separate with ; or 、</source>
        <translation>用 ; 或 、 分隔</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="191" />
        <source>Favourite colours</source>
        <translation>喜欢的颜色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="192" />
        <source>Favourite cuts</source>
        <translation>喜欢的款式</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="193" />
        <source>Favourite styles</source>
        <translation>喜欢的风格</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="194" />
        <source>Price band from (yuan)</source>
        <translation>价格段 从（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="195" />
        <source>Price band to (yuan)</source>
        <translation>价格段 到（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="198" />
        <source>Contact and notes</source>
        <translation>联系与备注</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="199" />
        <source>Preferred contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="200" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="200" />
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="209" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="201" />
        <source>visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="206" />
        <source>Best time to contact</source>
        <translation>方便联系的时间</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="207" />
        <source>e.g. weekdays 15:00-16:00</source>
        <translation>例如 工作日 15:00-16:00</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="209" />
        <source>agrees to receive SMS</source>
        <translation>同意接收短信</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="210" />
        <source>No calls</source>
        <translation>不接电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="210" />
        <source>do not phone her</source>
        <translation>不要给她打电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="211" />
        <source>Mailing address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="212" />
        <source>Job / company type</source>
        <translation>职业 / 单位类型</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="213" />
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="214" />
        <source>Habits and traits</source>
        <translation>习惯与特点</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="215" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="224" />
        <source>Family and life events</source>
        <translation>家庭与生活事件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="225" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="225" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="225" />
        <source>Birthday (YYYY-MM-DD)</source>
        <translation>生日（年-月-日）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="226" />
        <source>Family</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="227" />
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（年-月-日）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="227" />
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="227" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="228" />
        <source>Life events</source>
        <translation>生活事件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="242" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="243" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="274" />
        <source>New card</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="286" />
        <source>(given when saved)</source>
        <translation>（保存时生成）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="400" />
        <source>Phone already registered</source>
        <translation>电话已登记</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="401" />
        <source>{phone} belongs to {name} (card {card_no}). Open her card instead?</source>
        <translation>{phone} 已属于 {name}（卡号 {card_no}）。改为打开她的档案吗？</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="425" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="426" />
        <source>The card of {name} has changes that are not saved. Save them?</source>
        <translation>{name} 的档案有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="427" />
        <source>a new customer</source>
        <translation>新顾客</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="17" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="18" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="19" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="20" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="21" />
        <source>Top</source>
        <translation>上衣</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="22" />
        <source>Bottom</source>
        <translation>下装</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="23" />
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="24" />
        <source>Staff</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="25" />
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/tab.py" line="48" />
        <source>Find: name, pinyin or initials (zxy), part of the phone, card number  (Ctrl+F)</source>
        <translation>查找：姓名、拼音或首字母（zxy）、部分电话号码、卡号  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/tab.py" line="51" />
        <source>New card (Ctrl+N)</source>
        <translation>新建档案 (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boutique_vip/gui/tabs/customers/tab.py" line="101" />
        <location filename="../../boutique_vip/gui/tabs/customers/tab.py" line="173" />
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位顾客</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../boutique_vip/domain/errors.py" line="49" />
        <source>Please correct {count} field(s): nothing was saved.</source>
        <translation>请更正 {count} 处：尚未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/customers.py" line="102" />
        <location filename="../../boutique_vip/services/customers.py" line="135" />
        <source>This customer's card no longer exists.</source>
        <translation>这位顾客的档案已不存在。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/customers.py" line="109" />
        <source>There is no card {card_no}.</source>
        <translation>没有卡号为 {card_no} 的档案。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/demo.py" line="67" />
        <source>This database already has customers; demo data goes into a new one.</source>
        <extracomment>The demo's users and PINs (also in the README).</extracomment>
        <translation>这个数据库已有顾客；演示数据只能放入新数据库。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="62" />
        <source>This user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="67" />
        <source>Wrong PIN for {name}. Try again.</source>
        <translation>{name} 的密码不对，请重试。</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../boutique_vip/gui/feedback.py" line="28" />
        <source>Please check</source>
        <translation>请检查</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/feedback.py" line="38" />
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/feedback.py" line="41" />
        <source>The program met an unexpected problem. What you typed is still in the window: check it and save again. The details below were written to the log in {folder}.</source>
        <translation>程序遇到意外问题。您输入的内容仍在窗口中：请检查后再次保存。下面的详细信息已写入日志，位置：{folder}。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="19" />
        <source>Welcome to Boutique VIP</source>
        <translation>欢迎使用 Boutique VIP 客情管理</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="23" />
        <source>This database is new. Name the shop and create the first manager, who can add the other users.</source>
        <translation>这是一个新数据库。请填写店名并创建第一位店长，之后由店长添加其他用户。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="33" />
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="34" />
        <source>Manager's name</source>
        <translation>店长姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="35" />
        <source>PIN (4 to 8 digits)</source>
        <translation>密码（4 到 8 位数字）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="36" />
        <source>PIN again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="51" />
        <source>Please enter the shop's name.</source>
        <translation>请填写店名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="56" />
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="30" />
        <source>{shop} — Boutique VIP</source>
        <translation>{shop} — Boutique VIP 客情管理</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="33" />
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="36" />
        <source>Purchases, points and tiers are not available in this version yet.</source>
        <translation>消费记录、积分和客户分类在本版本中尚未提供。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="38" />
        <source>Purchases</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="42" />
        <source>Gift plans and their approval are not available in this version yet.</source>
        <translation>礼品计划及审批在本版本中尚未提供。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="44" />
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="47" />
        <source>The daily call list is not available in this version yet.</source>
        <translation>每日电话回访名单在本版本中尚未提供。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="48" />
        <source>Calls</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="64" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="65" />
        <source>Switch &amp;user…</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="67" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="69" />
        <source>&amp;Customers</source>
        <translation>顾客(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="70" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="72" />
        <source>&amp;New card</source>
        <translation>新建档案(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="75" />
        <source>&amp;Save card</source>
        <translation>保存档案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="78" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="79" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="81" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="87" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="88" />
        <source>&amp;About Boutique VIP</source>
        <translation>关于 Boutique VIP(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="106" />
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="106" />
        <source>staff</source>
        <translation>营业员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="107" />
        <source>Signed in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="108" />
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="137" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="137" />
        <source>The new language is used from the next start of the program.</source>
        <translation>新语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="143" />
        <source>About Boutique VIP</source>
        <translation>关于 Boutique VIP</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="145" />
        <source>Boutique VIP {version}
Customer care for {shop}.

Data folder: {folder}
Database: {db}</source>
        <translation>Boutique VIP {version}
{shop} 的客情管理。

数据文件夹：{folder}
数据库：{db}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="28" />
        <source>Sign in — {shop}</source>
        <translation>登录 — {shop}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="32" />
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="32" />
        <source>staff</source>
        <translation>营业员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="37" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="38" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="47" />
        <source>Write the birthday as YYYY-MM-DD or MM-DD (for example 1985-03-08).</source>
        <translation>生日请写成 年-月-日 或 月-日（例如 1985-03-08）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="55" />
        <source>The year {year} is not plausible.</source>
        <translation>年份 {year} 不合理。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="71" />
        <source>There is no day {day} in month {month} of {year}.</source>
        <translation>{year} 年 {month} 月没有 {day} 日。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="78" />
        <source>There is no day {day} in month {month}.</source>
        <translation>{month} 月没有 {day} 日。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="88" />
        <source>A lunar date has months 1 to 12 and days 1 to 30.</source>
        <translation>农历日期的月份为 1 到 12，日为 1 到 30。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="96" />
        <source>Lunar year {year} has no leap month {month}.</source>
        <translation>农历 {year} 年没有闰 {month} 月。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="103" />
        <source>Lunar month {month} of {year} has only {days} days.</source>
        <translation>农历 {year} 年 {month} 月只有 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="116" />
        <source>{value} is not a date: write YYYY-MM-DD, for example 2024-03-08.</source>
        <translation>“{value}”不是日期：请写成 年-月-日，例如 2024-03-08。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="134" />
        <source>Enter a number between {low} and {high} {unit}.</source>
        <translation>请输入 {low} 到 {high} 之间的数字（{unit}）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="159" />
        <source>{value} is not an amount in yuan (for example 299 or 299.50).</source>
        <translation>“{value}”不是金额（元），例如 299 或 299.50。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="179" />
        <source>A mobile number has 11 digits starting with 1; a landline starts with its area code (0571-88881234).</source>
        <translation>手机号码为以 1 开头的 11 位数字；固定电话以区号开头（如 0571-88881234）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="273" />
        <source>Family row {row}: say who it is (daughter, husband…).</source>
        <translation>家庭成员第 {row} 行：请填写关系（女儿、丈夫……）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="290" />
        <source>Life event row {row} needs a date and what happened.</source>
        <translation>生活事件第 {row} 行需要日期和事件。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="302" />
        <source>The customer's name is required.</source>
        <translation>必须填写顾客姓名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="313" />
        <source>The highest price must not be below the lowest price.</source>
        <translation>最高价不能低于最低价。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/errors.py" line="66" />
        <source>This phone number is already on card {card_no} ({name}).</source>
        <translation>这个电话号码已登记在卡号 {card_no}（{name}）的档案上。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/users.py" line="35" />
        <source>A PIN is {low} to {high} digits.</source>
        <translation>密码为 {low} 到 {high} 位数字。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/users.py" line="41" />
        <source>The user's name is required.</source>
        <translation>必须填写用户姓名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/shop.py" line="28" />
        <source>The shop's name is required.</source>
        <translation>必须填写店名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="43" />
        <source>There is already a user called {name}.</source>
        <translation>已有名为 {name} 的用户。</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="36"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="40"/>
        <source>staff</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="41"/>
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="47"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="48"/>
        <source>PIN (staff 4–8 digits, manager 6–8)</source>
        <translation>PIN（店员4–8位数字，店长6–8位）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="49"/>
        <source>PIN again</source>
        <translation>再次输入PIN</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="54"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的PIN不一致。</translation>
    </message>
</context>
<context>
    <name>AdhocGiftDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="39"/>
        <source>Ad-hoc gift</source>
        <translation>特殊赠礼</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="55"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="56"/>
        <source>For (occasion)</source>
        <translation>赠送事宜</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="58"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="59"/>
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="60"/>
        <source>Executor</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="61"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="67"/>
        <source>Choose the customer.</source>
        <translation>请选择顾客。</translation>
    </message>
</context>
<context>
    <name>AdhocPage</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="109"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="110"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="111"/>
        <source>For</source>
        <translation>赠送事宜</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="112"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="113"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="114"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="115"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="123"/>
        <source>New ad-hoc gift…</source>
        <translation>新建特殊赠礼…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="124"/>
        <source>Approve and sign…</source>
        <translation>批准并签名…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/adhoc.py" line="125"/>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
</context>
<context>
    <name>ApprovePlanDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="44"/>
        <source>Approve {plan}</source>
        <translation>批准{plan}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="57"/>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="63"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="64"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="66"/>
        <source>New shop passphrase</source>
        <translation>新的店铺口令</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="67"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="69"/>
        <source>This is the shop&apos;s first approval: choose the shop&apos;s passphrase (10 characters or more). It locks the keys that sign approved sheets, in the database and in every backup, and is asked at every approval. Keep it somewhere safe: without it no plan can be signed.</source>
        <translation>这是本店第一次批准：请设定店铺口令（至少 10 个字符）。它锁住为批准的表格签名的密钥（数据库和每份备份中都是如此），每次批准都要输入。请妥善保管：没有它就无法签署任何计划。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="74"/>
        <source>Shop passphrase</source>
        <translation>店铺口令</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="76"/>
        <source>Once approved, this revision is frozen and its sheet is signed digitally.</source>
        <translation>批准后，此版本将被冻结，一览表将加上数字签名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="87"/>
        <source>Signature (drawn once; leave empty to keep the one on file):</source>
        <translation>签名（只需签一次；留空则使用已保存的签名）：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="101"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/approve_plan.py" line="81"/>
        <source>Signing the sheet…</source>
        <translation>正在签署礼品单…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="73"/>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="74"/>
        <source>wrong PIN</source>
        <translation>PIN错误</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="75"/>
        <source>user locked</source>
        <translation>用户被锁定</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="76"/>
        <source>user unlocked</source>
        <translation>用户解锁</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="77"/>
        <source>user added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="78"/>
        <source>gift plan approved</source>
        <translation>礼品计划已审批</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="79"/>
        <source>signing certificate issued</source>
        <translation>签发签名证书</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="80"/>
        <source>shop&apos;s signing key created</source>
        <translation>创建店铺签名密钥</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="81"/>
        <source>wrong shop passphrase</source>
        <translation>店铺口令错误</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="82"/>
        <source>tier set by hand</source>
        <translation>手动设定级别</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="83"/>
        <location filename="../../boutique_vip/gui/labels.py" line="144"/>
        <source>special customer</source>
        <translation>特殊顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="84"/>
        <source>points corrected</source>
        <translation>积分更正</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="85"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="86"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="87"/>
        <source>her data exported</source>
        <translation>导出顾客资料</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="88"/>
        <source>customer erased</source>
        <translation>删除顾客资料</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="89"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="90"/>
        <source>backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="91"/>
        <source>rules changed</source>
        <translation>规则修改</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="92"/>
        <source>gift added to the catalogue</source>
        <translation>礼品目录新增礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="93"/>
        <source>occasion added</source>
        <translation>新增赠礼场合</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="94"/>
        <source>gift plan drafted</source>
        <translation>起草礼品计划</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="95"/>
        <source>gift plan line changed</source>
        <translation>修改礼品计划行</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="96"/>
        <source>ad-hoc gift proposed</source>
        <translation>提出特殊赠礼</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="97"/>
        <source>signature stored</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="98"/>
        <source>sales group added</source>
        <translation>新增销售小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="99"/>
        <source>targeted list saved</source>
        <translation>保存定向名单</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="100"/>
        <source>targeted list sent to the call list</source>
        <translation>目标名单加入电话回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="101"/>
        <source>sale voided</source>
        <translation>销售已作废</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="102"/>
        <source>receipt put on her card (补登)</source>
        <translation>小票补登到会员卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="103"/>
        <source>sales group of a user set</source>
        <translation>设置用户的销售小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="104"/>
        <source>new PIN given</source>
        <translation>重设 PIN</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="105"/>
        <source>user disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="106"/>
        <source>two cards merged</source>
        <translation>合并两张会员卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="107"/>
        <source>the program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="113"/>
        <source>attempts</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="114"/>
        <source>the merged card as it was (SHA-256; kept with her card)</source>
        <translation>被合并卡的原样（SHA-256；副本随她的卡保存）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="117"/>
        <source>fields taken from it</source>
        <translation>从中补充的栏目</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="118"/>
        <source>merged card</source>
        <translation>被合并的卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="119"/>
        <source>moved</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="121"/>
        <source>card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="122"/>
        <source>cost (yuan)</source>
        <translation>成本（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="123"/>
        <source>criteria</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="124"/>
        <location filename="../../boutique_vip/gui/labels.py" line="176"/>
        <source>customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="125"/>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="126"/>
        <source>delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="127"/>
        <source>executor</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="128"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="129"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="130"/>
        <source>gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="131"/>
        <source>sales group</source>
        <translation>销售小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="132"/>
        <source>what</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="133"/>
        <source>plan line</source>
        <translation>计划行</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="134"/>
        <source>lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="135"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="136"/>
        <source>without SMS consent</source>
        <translation>未同意接收短信</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="137"/>
        <source>without a phone</source>
        <translation>没有电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="138"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="139"/>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="140"/>
        <source>refund (yuan)</source>
        <translation>退款（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="141"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="142"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="143"/>
        <source>kept aside as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="145"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="146"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="147"/>
        <source>tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="161"/>
        <source>receipts</source>
        <translation>张小票</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="162"/>
        <source>points ledger rows</source>
        <translation>条积分记录</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="163"/>
        <source>store visits</source>
        <translation>次到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="164"/>
        <source>calls and messages</source>
        <translation>次电话和短信</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="165"/>
        <source>gift plan lines</source>
        <translation>条礼品计划行</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="166"/>
        <source>targeted-list calls</source>
        <translation>条定向名单回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="167"/>
        <source>tier changes</source>
        <translation>次级别变动</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="168"/>
        <source>days on the call list</source>
        <translation>天回访名单记录</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="169"/>
        <source>family members</source>
        <translation>位家庭成员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="170"/>
        <source>life events</source>
        <translation>条生活事件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="177"/>
        <source>purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="178"/>
        <source>SMS list</source>
        <translation>短信名单</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="179"/>
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="180"/>
        <source>staff</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="204"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="206"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="211"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="224"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="225"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="29"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="35"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="35"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="35"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="35"/>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="35"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="55"/>
        <source>Check the chain</source>
        <translation>校验链条</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="61"/>
        <source>The newest {n} entries. Entries are only ever added, each sealed with the one before.</source>
        <translation>最近{n}条记录。记录只增不改，每条都与前一条链接封存。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="72"/>
        <source>The chain is intact: {n} entries checked.</source>
        <translation>链条完整：已校验{n}条记录。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/audit_log.py" line="76"/>
        <source>The chain is broken at entry {id}: the log was changed outside the program.</source>
        <translation>链条在第{id}条断开：日志在程序之外被改动过。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="54"/>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="114"/>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="132"/>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="139"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="61"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="61"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="66"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="68"/>
        <source>Copy the newest off this PC…</source>
        <translation>把最新备份复制到其他设备…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="70"/>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="72"/>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="74"/>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="79"/>
        <source>Only a manager can restore a backup.</source>
        <translation>只有店长可以恢复备份。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="88"/>
        <source>A copy is made every day at the first start; 7 daily, 4 weekly and 12 monthly copies are kept. Restoring puts a copy in place of today&apos;s data: what was entered since that copy is not in it. Today&apos;s data is not deleted: it is kept aside in the folder &apos;set-aside&apos; next to the database.</source>
        <translation>每天第一次启动时自动备份；保留最近7天、4周和12个月的备份。恢复会用备份替换当前数据：备份之后录入的内容不在其中。当前数据不会被删除，而是保存在数据库旁边的“set-aside”文件夹里。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="99"/>
        <source>Backup folder: {folder}</source>
        <translation>备份文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="114"/>
        <source>Backup saved: {file}</source>
        <translation>备份已保存：{file}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="123"/>
        <source>Copy the newest backup to (e.g. a USB drive)</source>
        <translation>把最新备份复制到（例如U盘）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="132"/>
        <source>The copy failed: {reason}</source>
        <translation>复制失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="140"/>
        <source>Copied {file} to {folder}.</source>
        <translation>已将{file}复制到{folder}。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="145"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="160"/>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="168"/>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="188"/>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="206"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="170"/>
        <source>Put the backup of {when} in place of today&apos;s data?

What was entered after {when} will not be in it. Today&apos;s data is kept aside (not deleted). The program starts again afterwards.</source>
        <translation>用{when}的备份替换当前数据吗？

{when}之后录入的内容不在备份中。当前数据会另行保存（不会删除）。恢复后程序将重新启动。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="189"/>
        <source>The backup of {when} is in place. Today&apos;s data was kept as {aside}.</source>
        <translation>{when}的备份已恢复。原有数据保存在{aside}。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/backups.py" line="209"/>
        <source>Nothing was changed. Restore the newest sound backup before it, made {when}?</source>
        <translation>没有做任何更改。是否恢复在它之前最新的完好备份（{when} 制作）？</translation>
    </message>
</context>
<context>
    <name>CallBackDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="44"/>
        <source>Call back on…</source>
        <translation>约定回电…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="51"/>
        <source>When should she be called back?</source>
        <translation>什么时候给她回电？</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="21"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="22"/>
        <source>holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="23"/>
        <source>call back</source>
        <translation>约定回电</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="24"/>
        <source>after-sale follow-up</source>
        <translation>售后回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="25"/>
        <source>gift waiting</source>
        <translation>礼品待领取</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="26"/>
        <source>win back</source>
        <translation>挽回流失</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="27"/>
        <source>new arrivals for her</source>
        <translation>新品推荐</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="28"/>
        <source>points expire soon</source>
        <translation>积分即将清零</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="34"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="35"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="36"/>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="37"/>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="38"/>
        <source>Call back on…</source>
        <translation>约定回电…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="39"/>
        <source>Do not call again</source>
        <translation>不要再打</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="45"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="46"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="47"/>
        <source>visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="331"/>
        <source>{n} messages written.</source>
        <translation>已写入 {n} 条短信。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="333"/>
        <source>Left out: {no_consent} without SMS consent, {no_phone} without a phone number.</source>
        <translation>未包含：{no_consent} 位未同意接收短信，{no_phone} 位没有电话号码。</translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="95"/>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="156"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="96"/>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="157"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="97"/>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="158"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="98"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="99"/>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="159"/>
        <source>Why</source>
        <translation>回访原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="100"/>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="101"/>
        <source>Best time</source>
        <translation>方便时间</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="102"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="160"/>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="92"/>
        <source>Note about the call</source>
        <translation>通话备注</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="93"/>
        <source>Copy phone</source>
        <translation>复制电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="106"/>
        <source>Print the list…</source>
        <translation>打印名单…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="122"/>
        <source>Export SMS list…</source>
        <translation>导出短信名单…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="129"/>
        <source>Customers who get an SMS instead of a call, each with the message of her most urgent reason. The messages are set under File → Rules of the shop → SMS texts.</source>
        <translation>这些顾客不打电话，改发短信；每人收到她最紧要的原因对应的短信。短信内容在“文件 → 本店规则 → 短信内容”中设置。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="138"/>
        <source>Today&apos;s calls</source>
        <translation>今日回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="139"/>
        <source>SMS list</source>
        <translation>短信名单</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="155"/>
        <source>Preparing today&apos;s calls…</source>
        <translation>正在准备今日回访名单…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="41"/>
        <source>size {size}</source>
        <translation>尺码 {size}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="44"/>
        <source>likes {colours}</source>
        <translation>喜欢 {colours}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="47"/>
        <source>gift: {gift}</source>
        <translation>礼品：{gift}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="50"/>
        <source>last purchase {day}</source>
        <translation>最后购买 {day}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="53"/>
        <source>last contact {what}</source>
        <translation>最后联系 {what}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="132"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/model.py" line="134"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="184"/>
        <source>Call hour now ({hours}): {n} calls to make.</source>
        <translation>现在是电话回访时间（{hours}）：还有 {n} 个电话要打。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="190"/>
        <source>The calls are made between {hours}. Calls can still be logged now (she may ring back).</source>
        <translation>电话回访时间为 {hours}。现在也可以登记通话（顾客可能回电）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="267"/>
        <source>Call list {day}</source>
        <translation>电话回访名单 {day}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="277"/>
        <location filename="../../boutique_vip/gui/tabs/calls/tab.py" line="289"/>
        <source>Export SMS list</source>
        <translation>导出短信名单</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="83"/>
        <source>Purchases and points</source>
        <translation>消费与积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="84"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="86"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="161"/>
        <source>Card</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="163"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="166"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="167"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="171"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="174"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="175"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="176"/>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="181"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="181"/>
        <source>mobile 11 digits, or landline with area code</source>
        <translation>手机11位，或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="185"/>
        <source>solar (公历)</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="186"/>
        <source>lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="192"/>
        <source>leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="204"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="204"/>
        <source>YYYY-MM-DD or MM-DD</source>
        <translation>年-月-日 或 月-日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="206"/>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="208"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="207"/>
        <source>Sales group</source>
        <translation>销售小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="209"/>
        <source>Responsible staff</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="210"/>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="210"/>
        <source>her card number or phone</source>
        <translation>推荐人的卡号或电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="211"/>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="211"/>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="212"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="214"/>
        <source>Consent text version {version}: {text}</source>
        <translation>同意书版本{version}：{text}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="218"/>
        <source>Consent to keep data</source>
        <translation>同意保存资料日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="219"/>
        <source>Special customer</source>
        <translation>特殊客户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="219"/>
        <source>designated by the manager</source>
        <translation>由总经理指定</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="222"/>
        <source>Sizes and taste</source>
        <translation>尺码与喜好</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="223"/>
        <source>Height (cm)</source>
        <translation>身高（厘米）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="224"/>
        <source>Waist (cm)</source>
        <translation>腰围（厘米）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="225"/>
        <source>Size, tops</source>
        <translation>上衣尺码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="226"/>
        <source>Size, bottoms</source>
        <translation>下装尺码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="227"/>
        <source>Size, shoes</source>
        <translation>鞋码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="228"/>
        <source>separate with ; or 、</source>
        <translation>用 ; 或 、 分隔</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="229"/>
        <source>Favourite colours</source>
        <translation>喜欢的颜色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="230"/>
        <source>Favourite cuts</source>
        <translation>喜欢的款式</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="231"/>
        <source>Favourite styles</source>
        <translation>喜欢的风格</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="232"/>
        <source>Price band from (yuan)</source>
        <translation>价格段 从（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="233"/>
        <source>Price band to (yuan)</source>
        <translation>价格段 到（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="236"/>
        <source>Contact and notes</source>
        <translation>联系与备注</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="240"/>
        <source>Preferred contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="243"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="244"/>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="255"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="245"/>
        <source>visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="252"/>
        <source>Best time to contact</source>
        <translation>方便联系的时间</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="253"/>
        <source>e.g. weekdays 15:00-16:00</source>
        <translation>例如 工作日 15:00-16:00</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="255"/>
        <source>agrees to receive SMS</source>
        <translation>同意接收短信</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="256"/>
        <source>No calls</source>
        <translation>不接电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="256"/>
        <source>do not phone her</source>
        <translation>不要给她打电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="257"/>
        <source>Mailing address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="258"/>
        <source>Job / company type</source>
        <translation>职业 / 单位类型</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="259"/>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="260"/>
        <source>Habits and traits</source>
        <translation>习惯与特点</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="261"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="270"/>
        <source>Family and life events</source>
        <translation>家庭与生活事件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="271"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="271"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="271"/>
        <source>Birthday (YYYY-MM-DD)</source>
        <translation>生日（年-月-日）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="272"/>
        <source>Family</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="273"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（年-月-日）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="273"/>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="273"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="274"/>
        <source>Life events</source>
        <translation>生活事件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="288"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="289"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="320"/>
        <source>New card</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="333"/>
        <source>(given when saved)</source>
        <translation>（保存时生成）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="509"/>
        <source>Her consent</source>
        <translation>顾客同意</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="511"/>
        <source>Has {name} read and agreed to the consent text (version {version}) for the shop to keep her data?

{text}

Yes: today is recorded as the day she agreed. No: the card is saved without it.</source>
        <translation>{name} 是否已阅读并同意本店保存其资料的同意书（第 {version} 版）？

{text}

是：记录今天为她同意的日期。否：先保存卡片，不记录同意日期。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="482"/>
        <source>Phone already registered</source>
        <translation>电话已登记</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="484"/>
        <source>{phone} is already on the card of {name} (card {card_no}). A mother and daughter may share one phone.

Yes: save this card with the same phone. No: open her card instead (this one is not saved). Cancel: back to this card.</source>
        <translation>{phone} 已登记在 {name}（卡号 {card_no}）的档案上。母女等家人可以共用一个电话。

是：用同一个电话保存这张卡。否：改为打开她的卡（这张不保存）。取消：回到这张卡。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="551"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="552"/>
        <source>The card of {name} has changes that are not saved. Save them?</source>
        <translation>{name} 的档案有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/card_editor.py" line="553"/>
        <source>a new customer</source>
        <translation>新顾客</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="420"/>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="428"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="420"/>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="430"/>
        <source>Cost (yuan)</source>
        <translation>成本（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="420"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="424"/>
        <source>Add gift</source>
        <translation>添加礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="436"/>
        <source>Add occasion</source>
        <translation>添加节日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="441"/>
        <source>Other occasion (e.g. Teachers&apos; Day)</source>
        <translation>其他节日（如教师节）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="467"/>
        <source>Care standards: A — holiday gift up to {a_holiday} yuan (phone to invite pickup), birthday gift from {a_birthday} yuan (home delivery or pickup). B — holiday: fashion brochure and a {b_voucher} yuan voucher by mail; birthday gift from {b_birthday} yuan (pickup). C — no gifts. The amounts are rules the manager can change.</source>
        <translation>客情维护标准：A 类——节日礼品不超过 {a_holiday} 元（电话邀请来店领取），生日礼品不低于 {a_birthday} 元（送货上门或来店领取）。B 类——节日：邮寄时尚画册和 {b_voucher} 元代金券；生日礼品不低于 {b_birthday} 元（来店领取）。C 类——不送礼品。以上金额是店长可以修改的规则。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="481"/>
        <source>Gift holidays: Spring Festival, Labour Day, National Day (dates from the holiday calendar).</source>
        <translation>赠礼节日：春节、五一、十一（日期取自节假日日历）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="485"/>
        <source>Other occasions: {list}</source>
        <translation>其他节日：{list}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="503"/>
        <source>Enter the cost in yuan, for example 25 or 128.50.</source>
        <translation>请输入成本（元），例如 25 或 128.50。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="517"/>
        <source>Name the occasion.</source>
        <translation>请填写节日名称。</translation>
    </message>
</context>
<context>
    <name>CorrectPointsDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/customer_privacy.py" line="42"/>
        <source>Correct points — {name}</source>
        <translation>更正积分 — {name}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/customer_privacy.py" line="49"/>
        <source>Points to add (negative to take off)</source>
        <translation>增加的积分（负数为扣减）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/customer_privacy.py" line="50"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/customer_privacy.py" line="52"/>
        <source>A correction is a new line in her points ledger; nothing is changed in place.</source>
        <translation>更正会在积分流水中新增一行，原有记录不会被修改。</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="78"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="79"/>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="80"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="81"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="82"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="83"/>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="84"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="85"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="86"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="87"/>
        <source>Sale item</source>
        <translation>特价</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="88"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="89"/>
        <source>Cash / points</source>
        <translation>现金 / 积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="96"/>
        <source>Scan or type a SKU, then Enter (F2)</source>
        <translation>扫码或输入货号，按回车（F2）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="99"/>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="100"/>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="105"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="111"/>
        <source>Save sale (F12)</source>
        <translation>保存销售（F12）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="123"/>
        <source>Put a past receipt on her card (补登)…</source>
        <translation>补登未带卡的小票…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="131"/>
        <source>Redeem (F8)</source>
        <translation>积分抵扣（F8）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="113"/>
        <source>Return against a receipt…</source>
        <translation>按原小票退货…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="117"/>
        <source>Void the last sale…</source>
        <translation>作废刚才的销售…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="120"/>
        <source>Log a store visit (no purchase)</source>
        <translation>登记到店（未购买）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="128"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="129"/>
        <source>Points earned</source>
        <translation>本单积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="130"/>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="132"/>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="133"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="276"/>
        <source>Line {line}: quantity, price and discount must be numbers.</source>
        <translation>第 {line} 行：数量、单价和优惠必须是数字。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="332"/>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="345"/>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="334"/>
        <source> (×{n}: her birthday today)</source>
        <translation>（×{n}：今天是她的生日）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="335"/>
        <source> (×{n}: first day of a gift holiday)</source>
        <translation>（×{n}：节日第一天）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="338"/>
        <source>none: no customer card</source>
        <translation>无：没有会员卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="341"/>
        <source>{amount} yuan (−{value} yuan for points)</source>
        <translation>{amount} 元（积分抵扣 −{value} 元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="363"/>
        <source>Receipt {receipt_no} saved: {points} points.</source>
        <translation>小票 {receipt_no} 已保存：积 {points} 分。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="367"/>
        <source>Her tier is now {tier}.</source>
        <translation>她现在是 {tier} 类客户。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="433"/>
        <source>Receipt {receipt_no} is on the card of {name}: {points} points.</source>
        <translation>小票 {receipt_no} 已补登到 {name} 的会员卡：{points} 积分。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="454"/>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="462"/>
        <source>Store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="454"/>
        <source>Note (what she looked at, tried on…):</source>
        <translation>备注（看了什么、试了什么……）：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/counter.py" line="462"/>
        <source>Visit of {name} logged.</source>
        <translation>已登记 {name} 到店。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/crash.py" line="27"/>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/crash.py" line="37"/>
        <source>Copy the report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/crash.py" line="40"/>
        <source>Save the report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/crash.py" line="51"/>
        <source>The report is on the clipboard: paste it into a message.</source>
        <translation>报告已复制到剪贴板：可粘贴到消息中发送。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/crash.py" line="56"/>
        <location filename="../../boutique_vip/gui/dialogs/crash.py" line="69"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/crash.py" line="58"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/crash.py" line="70"/>
        <source>The report could not be saved in {file}: {problem}</source>
        <translation>报告无法保存到 {file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/crash.py" line="75"/>
        <source>The report was saved in {file}.</source>
        <translation>报告已保存到 {file}。</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../boutique_vip/gui/widgets/customer_picker.py" line="22"/>
        <source>Phone, card number, name or pinyin initials</source>
        <translation>电话、卡号、姓名或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/widgets/customer_picker.py" line="60"/>
        <source>This phone is on {count} cards (a family&apos;s): choose hers.</source>
        <translation>这个电话登记在 {count} 张卡上（家人共用）：请选出她的卡。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/widgets/customer_picker.py" line="76"/>
        <source>No customer chosen: an anonymous sale.</source>
        <translation>未选择顾客：非会员销售。</translation>
    </message>
</context>
<context>
    <name>CustomerPrivacy</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/customer_privacy.py" line="83"/>
        <source>Export her data</source>
        <translation>导出顾客资料</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/customer_privacy.py" line="104"/>
        <location filename="../../boutique_vip/gui/dialogs/customer_privacy.py" line="117"/>
        <source>Erase her data</source>
        <translation>删除顾客资料</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/customer_privacy.py" line="105"/>
        <source>Erase everything about {name} (card {card_no})? Her card is blanked, her family, events, visits and contact notes are deleted; receipts stay without her name. This cannot be undone.

Type the card number to confirm:</source>
        <translation>删除{name}（卡号{card_no}）的全部资料吗？她的会员卡将被清空，家人、生活事件、到店记录和联系记录将被删除；小票保留但不再带有她的姓名。此操作无法撤销。

请输入卡号确认：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/customer_privacy.py" line="118"/>
        <source>The card number does not match; nothing was erased.</source>
        <translation>卡号不符，未删除任何资料。</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="26"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="27"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="28"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="29"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="30"/>
        <source>Top</source>
        <translation>上衣</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="31"/>
        <source>Bottom</source>
        <translation>下装</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="32"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="33"/>
        <source>Staff</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/models/customer_table.py" line="34"/>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/tab.py" line="54"/>
        <source>Find: name, pinyin or initials (zxy), part of the phone, card number  (Ctrl+F)</source>
        <translation>查找：姓名、拼音或首字母（zxy）、部分电话号码、卡号  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/tab.py" line="57"/>
        <source>New card (Ctrl+N)</source>
        <translation>新建档案 (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boutique_vip/gui/tabs/customers/tab.py" line="107"/>
        <location filename="../../boutique_vip/gui/tabs/customers/tab.py" line="186"/>
        <location filename="../../boutique_vip/gui/tabs/customers/tab.py" line="201"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位顾客</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/charts.py" line="70"/>
        <source>Customers per tier</source>
        <translation>各级顾客人数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/charts.py" line="76"/>
        <source>Monthly spend by tier (yuan)</source>
        <translation>各级顾客月消费额（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/charts.py" line="83"/>
        <source>Customers lost per month</source>
        <translation>每月流失顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/charts.py" line="85"/>
        <source>lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/charts.py" line="89"/>
        <source>Points liability at the month&apos;s end (yuan)</source>
        <translation>月末积分负债（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/charts.py" line="92"/>
        <source>points&apos; worth</source>
        <translation>积分价值</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/charts.py" line="106"/>
        <source>New customers per group against target</source>
        <translation>各组新顾客与目标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/charts.py" line="112"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>DeskTab</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="83"/>
        <source>KPIs</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="85"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="86"/>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="387"/>
        <source>Targeted lists</source>
        <translation>定向名单</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="88"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="90"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="95"/>
        <source>Monthly report (PDF)…</source>
        <translation>月度报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="96"/>
        <source>Top-20 VIP sheet (PDF)…</source>
        <translation>前20位VIP名单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="171"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="172"/>
        <source>Registration rate (≥{percent}%)</source>
        <translation>登记率（≥{percent}%）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="175"/>
        <source>New customers / target</source>
        <translation>新顾客 / 目标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="176"/>
        <source>Bonus</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="177"/>
        <source>After-sale follow-up ({percent}%)</source>
        <translation>售后回访（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="178"/>
        <source>Gift plan done</source>
        <translation>礼品计划完成</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="179"/>
        <source>Spend per customer</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="180"/>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="181"/>
        <source>Repurchase (quarter)</source>
        <translation>复购率（季度）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="123"/>
        <source>Save the till&apos;s count</source>
        <translation>保存收银小票数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="126"/>
        <source>Receipts the till printed on</source>
        <translation>收银机打印的小票数，日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="182"/>
        <source>New, brought by customers</source>
        <translation>老带新新客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="196"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="199"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="211"/>
        <source>target met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="211"/>
        <source>target missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="215"/>
        <source>New-customer target missed by: {groups}</source>
        <translation>新顾客未达标的小组：{groups}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="241"/>
        <source>Category bought (e.g. 牛仔裤)</source>
        <translation>购买过的品类（如 牛仔裤）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="242"/>
        <source>Sizes (e.g. XL、XXL)</source>
        <translation>尺码（如 XL、XXL）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="243"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="244"/>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="245"/>
        <source>Price of the new piece (yuan), in her price band</source>
        <translation>新品价格（元），在她的价位内</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="246"/>
        <source>Tiers (e.g. A、B)</source>
        <translation>级别（如 A、B）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="247"/>
        <source>Visited within days</source>
        <translation>最近多少天内到过店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="248"/>
        <source>Not visited for at least days</source>
        <translation>至少多少天未到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="249"/>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="250"/>
        <source>Not contacted for days</source>
        <translation>多少天未联系</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="264"/>
        <source>Show the list</source>
        <translation>显示名单</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="265"/>
        <source>Save the list…</source>
        <translation>保存名单…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="266"/>
        <source>Send to the call list</source>
        <translation>加入电话回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="267"/>
        <source>Export as SMS list…</source>
        <translation>导出短信名单…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="275"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="276"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="277"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="278"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="279"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="280"/>
        <source>Price band</source>
        <translation>价位</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="298"/>
        <source>SMS ({name}, {size} are filled in):</source>
        <translation>短信（自动填入{name}、{size}）：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="319"/>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="334"/>
        <source>{n} customers match</source>
        <translation>符合条件的顾客：{n}位</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="337"/>
        <source>{sms} can get an SMS ({no_consent} without SMS consent, {no_phone} without a phone)</source>
        <translation>{sms} 位可接收短信（{no_consent} 位未同意接收短信，{no_phone} 位没有电话）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="344"/>
        <source>Saved lists…</source>
        <translation>已保存的名单…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="358"/>
        <source>Save the list</source>
        <translation>保存名单</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="358"/>
        <source>Name of the list:</source>
        <translation>名单名称：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="374"/>
        <source>new arrivals</source>
        <translation>新品推荐</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="388"/>
        <source>{n} customers are on the call list from today.</source>
        <translation>从今天起，{n}位顾客列入电话回访。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="396"/>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="408"/>
        <source>Export SMS list</source>
        <translation>导出短信名单</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="422"/>
        <source>Monthly report {month}</source>
        <translation>月度报告 {month}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/desk/tab.py" line="435"/>
        <source>Top-20 VIP sheet</source>
        <translation>前20位VIP名单</translation>
    </message>
</context>
<context>
    <name>EditLineDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="108"/>
        <source>Gift for {name}</source>
        <translation>{name} 的礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="110"/>
        <source>(no gift)</source>
        <translation>（无礼品）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="113"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="118"/>
        <source>Standard for tier {tier}: {low} to {high} yuan</source>
        <translation>{tier} 类标准：{low} 至 {high} 元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="125"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="126"/>
        <source>Executor</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="127"/>
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="128"/>
        <source>Reason (when outside the standard)</source>
        <translation>原因（超出标准时填写）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../boutique_vip/domain/errors.py" line="51"/>
        <source>Please correct {count} field(s): nothing was saved.</source>
        <extracomment>Parameters that are themselves translatable texts (a rule&apos;s title), with their translation context.</extracomment>
        <translation>请更正 {count} 处：尚未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/calls.py" line="207"/>
        <location filename="../../boutique_vip/services/cards.py" line="35"/>
        <location filename="../../boutique_vip/services/customers.py" line="163"/>
        <location filename="../../boutique_vip/services/customers.py" line="263"/>
        <location filename="../../boutique_vip/services/customers.py" line="389"/>
        <location filename="../../boutique_vip/services/gifts.py" line="292"/>
        <location filename="../../boutique_vip/services/merging.py" line="234"/>
        <location filename="../../boutique_vip/services/sales.py" line="49"/>
        <location filename="../../boutique_vip/services/tiers.py" line="146"/>
        <location filename="../../boutique_vip/services/tiers.py" line="176"/>
        <source>This customer&apos;s card no longer exists.</source>
        <translation>这位顾客的档案已不存在。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/customers.py" line="55"/>
        <source>This card was changed on another till since you opened it. Nothing was overwritten: the card now shows the saved values; make your change again.</source>
        <translation>您打开此卡之后，另一台收银机修改并保存了它。未覆盖任何内容：现在显示的是已保存的资料，请重新修改。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/customers.py" line="176"/>
        <source>There is no card {card_no}.</source>
        <translation>没有卡号为 {card_no} 的档案。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/customers.py" line="267"/>
        <source>This customer&apos;s data was erased on {day}.</source>
        <translation>该顾客的资料已于{day}删除。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/demo.py" line="73"/>
        <source>This database already has customers; demo data goes into a new one.</source>
        <extracomment>The demo&apos;s users and PINs (also in the README). A row in ``counters`` saying how far the demo got: each step below is one transaction, and the row is written in the customers&apos; transaction. A demo killed half-way is finished by running it again (the steps already done are found and skipped); a shop without the row that holds customers is a real one.</extracomment>
        <translation>这个数据库已有顾客；演示数据只能放入新数据库。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="385"/>
        <location filename="../../boutique_vip/services/gifts.py" line="645"/>
        <source>This plan line no longer exists.</source>
        <translation>该计划行已不存在。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="446"/>
        <source>A newer draft of this plan exists: change that one.</source>
        <translation>此计划已有更新的草稿：请修改那一版。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="66"/>
        <source>Only a manager can import files.</source>
        <translation>只有店长可以导入文件。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="67"/>
        <source>Only a manager can approve a gift plan.</source>
        <translation>只有经理可以批准礼品计划。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="69"/>
        <source>Only a manager can correct points.</source>
        <translation>只有店长可以更正积分。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="70"/>
        <source>Only a manager can export customers&apos; data.</source>
        <translation>只有店长可以导出顾客资料。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="71"/>
        <source>Only a manager can erase a customer.</source>
        <translation>只有店长可以删除顾客资料。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="72"/>
        <source>Only a manager can merge two cards.</source>
        <translation>只有店长可以合并会员卡。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="73"/>
        <source>Only a manager can restore a backup.</source>
        <translation>只有店长可以恢复备份。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="75"/>
        <source>Only a manager can manage users.</source>
        <translation>只有店长可以管理用户。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="76"/>
        <source>Only a manager can read the audit log.</source>
        <translation>只有店长可以查看审计日志。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="77"/>
        <source>Only a manager can open the manager&apos;s desk.</source>
        <translation>只有店长可以打开经理工作台。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="78"/>
        <source>Only a manager can change the gift catalogue.</source>
        <translation>只有店长可以修改礼品目录。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="79"/>
        <source>Only a manager can draft or change a gift plan.</source>
        <translation>只有店长可以起草或修改礼品计划。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="92"/>
        <source>You are not allowed to do this.</source>
        <translation>您无权进行此操作。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="497"/>
        <source>A manager&apos;s PIN needs at least {n} digits to sign: change it first.</source>
        <translation>经理密码至少 {n} 位才能签名：请先修改密码。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="993"/>
        <source>This plan no longer exists.</source>
        <translation>该计划已不存在。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="996"/>
        <source>Revision {revision} is already approved.</source>
        <translation>第 {revision} 版已经批准。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="607"/>
        <source>Only the manager herself can store her signature.</source>
        <translation>只有店长本人可以保存自己的签名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="539"/>
        <source>The plan was changed on another till while it was being signed: approve it again.</source>
        <translation>签批期间另一台收银机修改了该计划，请重新审批。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="612"/>
        <location filename="../../boutique_vip/services/gifts.py" line="868"/>
        <location filename="../../boutique_vip/services/users.py" line="136"/>
        <location filename="../../boutique_vip/services/users.py" line="192"/>
        <location filename="../../boutique_vip/services/users.py" line="265"/>
        <source>This user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="649"/>
        <source>Deliveries are recorded on the approved plan.</source>
        <translation>送达情况只能登记在已批准的计划上。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="809"/>
        <source>{name} has no signing certificate yet: another manager issues it in Manager → Users (or with &apos;users certify&apos;).</source>
        <translation>{name} 还没有签名证书：请另一位经理在“经理 → 用户”中为其签发（或使用 &apos;users certify&apos;）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="827"/>
        <source>Another till just created the shop&apos;s signing key: try again.</source>
        <translation>另一台收银机刚刚创建了店铺的签名密钥：请重试。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="871"/>
        <source>Only managers sign plans: {name} is staff.</source>
        <translation>只有经理签署计划：{name} 是营业员。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="876"/>
        <source>The shop has no signing authority yet: the first approval of a plan creates it.</source>
        <translation>本店还没有签名机构：第一次批准计划时会创建它。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="139"/>
        <location filename="../../boutique_vip/services/users.py" line="167"/>
        <source>{name} is locked after too many wrong PINs. A manager can unlock her.</source>
        <translation>{name}因多次输错PIN已被锁定，请店长解锁。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="152"/>
        <source>Too many wrong PINs. Wait {seconds} seconds and try again.</source>
        <translation>PIN输错次数过多，请等待{seconds}秒后再试。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="174"/>
        <source>Wrong PIN for {name}. Try again.</source>
        <translation>{name} 的密码不对，请重试。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="216"/>
        <source>This sales group no longer exists.</source>
        <translation>这个销售小组已不存在。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="250"/>
        <source>You cannot disable yourself.</source>
        <translation>不能停用自己。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="256"/>
        <source>The shop&apos;s last manager cannot be disabled.</source>
        <translation>店里最后一位店长不能停用。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/points.py" line="84"/>
        <source>Points are redeemed in steps of {unit}.</source>
        <extracomment>Kinds that make up lifetime points (earned minus returned); redemptions and settled shortfalls do not.</extracomment>
        <translation>积分按每 {unit} 分抵扣。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/points.py" line="89"/>
        <source>She has only {balance} points; {points} cannot be redeemed.</source>
        <translation>她只有 {balance} 分，不能抵扣 {points} 分。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/files.py" line="23"/>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/files.py" line="32"/>
        <location filename="../../boutique_vip/services/files.py" line="127"/>
        <source>Choose a .csv or .xlsx file (not {suffix}).</source>
        <translation>请选择 .csv 或 .xlsx 文件（不是 {suffix}）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/files.py" line="37"/>
        <source>The file {name} is empty.</source>
        <translation>文件 {name} 是空的。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/files.py" line="54"/>
        <source>{name} cannot be read as CSV ({detail}): save it again from Excel.</source>
        <translation>无法按CSV读取{name}（{detail}）：请在Excel中重新另存为CSV。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/files.py" line="61"/>
        <source>{name} is neither UTF-8 nor GB18030 text: save it again as CSV from Excel.</source>
        <translation>{name} 既不是 UTF-8 也不是 GB18030 文本：请在 Excel 中重新另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/files.py" line="95"/>
        <location filename="../../boutique_vip/services/table_limits.py" line="135"/>
        <source>{name} cannot be read as an Excel file ({detail}).</source>
        <translation>{name} 无法作为 Excel 文件读取（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="879"/>
        <source>{name} has no column this program knows. The first row must hold the column names.</source>
        <translation>{name} 中没有本程序认识的列。第一行必须是列名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="886"/>
        <source>{name} lacks the column(s): {columns}.</source>
        <translation>{name} 缺少列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="50"/>
        <source>The receipt is dated {day}, after today ({today}): it cannot be recorded yet.</source>
        <translation>小票日期为 {day}，晚于今天（{today}）：还不能登记。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="275"/>
        <source>Points can only be redeemed on a customer&apos;s card.</source>
        <translation>只有会员卡才能用积分抵扣。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="280"/>
        <source>Redeeming {value} yuan is more than the sale&apos;s {total} yuan.</source>
        <translation>抵扣 {value} 元超过了本单的 {total} 元。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="290"/>
        <source>Receipt {receipt_no} is already recorded.</source>
        <translation>小票 {receipt_no} 已经登记过了。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="423"/>
        <source>The receipt is dated {day}: receipts from {earliest} on are kept.</source>
        <translation>小票日期为 {day}：只保存 {earliest} 以后的小票。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="434"/>
        <source>A receipt number has at most {limit} characters.</source>
        <translation>小票号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="495"/>
        <source>There is no sale with receipt number {receipt_no}.</source>
        <translation>没有小票号为 {receipt_no} 的销售。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="527"/>
        <source>That line is not on receipt {receipt_no}.</source>
        <translation>小票 {receipt_no} 上没有这一行。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="534"/>
        <source>Only {left} of “{item}” can still be returned.</source>
        <translation>“{item}”只能再退 {left} 件。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="553"/>
        <source>Choose at least one piece to return.</source>
        <translation>请至少选择一件要退的商品。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="626"/>
        <source>A return cannot be dated before its sale ({day}).</source>
        <translation>退货日期不能早于原销售日期（{day}）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="730"/>
        <source>Only a sale made today can be voided; record a return of receipt {receipt_no}.</source>
        <translation>只有当天的销售可以作废；请为小票 {receipt_no} 办理退货。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="738"/>
        <source>Part of receipt {receipt_no} was already returned: record a return of the rest instead.</source>
        <translation>小票 {receipt_no} 已有部分退货：请为剩余商品办理退货。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="795"/>
        <source>Receipt {receipt_no} is already on card {card_no}.</source>
        <translation>小票 {receipt_no} 已在会员卡 {card_no} 上。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="802"/>
        <source>Receipt {receipt_no} is {days} days old: a receipt can be put on a card within {limit} days (a rule).</source>
        <translation>小票 {receipt_no} 已是 {days} 天前的：只能补登 {limit} 天以内的小票（本店规则）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="813"/>
        <source>Part of receipt {receipt_no} was returned: it cannot be put on a card.</source>
        <translation>小票 {receipt_no} 有退货，不能补登。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="68"/>
        <source>Only a manager can set a tier by hand.</source>
        <translation>只有店长可以手工设置等级。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/tiers.py" line="142"/>
        <source>Say why the tier is set by hand.</source>
        <translation>请说明手工设置等级的原因。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/gift_plan.py" line="110"/>
        <source>{text} is not a month: write YYYY-MM.</source>
        <translation>“{text}”不是月份：请写成 年-月。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/permissions.py" line="74"/>
        <source>Only a manager can change the rules.</source>
        <translation>只有店长可以修改规则。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/backups.py" line="32"/>
        <source>Backups here are for the shop PC&apos;s own database file; on PostgreSQL use pg_dump (see the README).</source>
        <extracomment>Copies made before a migration are kept as long as the monthly ones.</extracomment>
        <translation>此处的备份只适用于本机数据库文件；PostgreSQL请使用pg_dump（见README）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/backup.py" line="123"/>
        <source>{file} is not a Boutique VIP backup.</source>
        <extracomment>What reading a garbled or missing file can raise, besides a clean &quot;not a database&quot;.</extracomment>
        <translation>{file}不是本程序的备份文件。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/backup.py" line="124"/>
        <source>The backup {file} is damaged: it is no longer the copy that was made (its checksum does not match).</source>
        <translation>备份 {file} 已损坏：它已不是当时制作的副本（校验值不符）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/backup.py" line="128"/>
        <source>The backup {file} is damaged ({problem}).</source>
        <translation>备份 {file} 已损坏（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/backup.py" line="129"/>
        <source>The backup {file} was made by a newer version of the program (schema {revision}); install that version to restore it.</source>
        <translation>备份 {file} 由较新版本的程序制作（数据结构 {revision}）；请安装该版本后再恢复。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/backup.py" line="134"/>
        <source>The backup {file} cannot be read ({reason}).</source>
        <translation>无法读取备份 {file}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/backup.py" line="223"/>
        <location filename="../../boutique_vip/storage/backup.py" line="235"/>
        <source>The backup copy failed its check ({problem}); it was not kept.</source>
        <translation>备份文件未通过校验（{problem}），未予保留。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/backup.py" line="241"/>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>无法把备份写入{folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/backup.py" line="332"/>
        <source>The backup could not be put in place ({reason}). The current database was not changed.</source>
        <translation>无法放入备份（{reason}）。当前数据库没有任何改变。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/health.py" line="25"/>
        <source>The database is busy with another program or till. Nothing was saved; try again in a moment.</source>
        <translation>数据库正被其他程序或收银台使用。未保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/health.py" line="28"/>
        <source>The disk is full. Nothing was saved; free some space on the disk and try again.</source>
        <translation>磁盘已满。未保存任何内容，请清理磁盘空间后再试。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/health.py" line="31"/>
        <source>The database can only be read here (another copy of the program has it open, or the file or folder is write-protected). Nothing was saved.</source>
        <translation>此处只能读取数据库（另一个程序窗口正在使用它，或文件/文件夹被写保护）。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/health.py" line="36"/>
        <source>The database file cannot be opened ({reason}). Check that the folder exists and can be written.</source>
        <translation>无法打开数据库文件（{reason}）。请检查文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/health.py" line="40"/>
        <source>The database file is damaged ({reason}).</source>
        <translation>数据库文件已损坏（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/storage/health.py" line="41"/>
        <source>The database file is damaged ({reason}). Nothing more was saved. Close the program and start it again: the file is then checked, set aside, and the newest sound backup is offered.</source>
        <translation>数据库文件已损坏（{reason}）。之后的内容没有保存。请关闭程序并重新启动：届时会检查该文件、将其移到一旁，并提供最新的完好备份。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/database_errors.py" line="14"/>
        <source>This was changed on another till at the same moment. Nothing was overwritten: open it again to see the saved values.</source>
        <translation>另一台收银机同时修改了此内容。未覆盖任何内容：请重新打开查看已保存的内容。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/cli.py" line="505"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/cli_auth.py" line="74"/>
        <source>This shop has a manager: a manager&apos;s name and PIN are needed for this.</source>
        <translation>本店已有经理：此操作需要一位经理的姓名和 PIN。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/cli_auth.py" line="80"/>
        <source>There is no user called {name}.</source>
        <translation>没有名为 {name} 的用户。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/signing_keys.py" line="96"/>
        <source>This passphrase does not open the shop&apos;s signing key.</source>
        <translation>此口令无法打开店铺的签名密钥。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/table_limits.py" line="30"/>
        <source>{name} is too large to import ({what}; at most {limit}). Split it into smaller files, or remove empty rows and columns far from the data.</source>
        <translation>{name} 太大，无法导入（{what}；最多 {limit}）。请拆分成较小的文件，或删除远离数据的空行和空列。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/merging.py" line="231"/>
        <source>A card cannot be merged into itself.</source>
        <extracomment>Rows that are hers wherever they are: they go to the kept card as they are.</extracomment>
        <translation>不能把一张卡合并到它自己。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/merging.py" line="238"/>
        <source>Card {card_no} was erased: it cannot be merged.</source>
        <translation>卡号 {card_no} 的资料已删除，不能合并。</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../boutique_vip/gui/feedback.py" line="46"/>
        <source>Please check</source>
        <translation>请检查</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/feedback.py" line="71"/>
        <source>Boutique VIP closed unexpectedly when it last ran ({when}). Everything saved before then is in the database: check the last thing you were doing. The report below is kept in {file}; copy or save it to send to whoever looks after the program.</source>
        <translation>Boutique VIP 上次运行时意外关闭（{when}）。在此之前保存的内容都在数据库中：请检查您当时最后在做的事。下面的报告保存在 {file}；请复制或保存它，发送给负责维护本程序的人员。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/feedback.py" line="61"/>
        <source>The program met an unexpected problem. What you typed is still in the window: check it and save again. The details below were written to the log in {folder}.</source>
        <translation>程序遇到意外问题。您输入的内容仍在窗口中：请检查后再次保存。下面的详细信息已写入日志，位置：{folder}。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="21"/>
        <source>Welcome to Boutique VIP</source>
        <translation>欢迎使用 Boutique VIP 客情管理</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="25"/>
        <source>This database is new. Name the shop and create the first manager, who can add the other users.</source>
        <translation>这是一个新数据库。请填写店名并创建第一位店长，之后由店长添加其他用户。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="35"/>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="36"/>
        <source>Manager&apos;s name</source>
        <translation>店长姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="37"/>
        <source>PIN (6 to 8 digits)</source>
        <translation>密码（6 到 8 位数字）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="38"/>
        <source>PIN again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="44"/>
        <source>Please enter the shop&apos;s name.</source>
        <translation>请填写店名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/first_run.py" line="49"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="50"/>
        <source>pickup in the shop</source>
        <translation>到店领取</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="51"/>
        <source>by mail</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="52"/>
        <source>home delivery</source>
        <translation>送货上门</translation>
    </message>
</context>
<context>
    <name>GiftsTab</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="545"/>
        <source>Monthly plan</source>
        <translation>月度计划</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="549"/>
        <source>Ad-hoc gifts</source>
        <translation>特殊赠礼</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="550"/>
        <source>Gift catalogue</source>
        <translation>礼品目录</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/help.py" line="16"/>
        <source>Boutique VIP guide</source>
        <translation>Boutique VIP 使用指南</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="36"/>
        <source>lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="71"/>
        <source>customers</source>
        <translation>顾客资料</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="72"/>
        <source>purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="74"/>
        <source>{kind} from {file}: would add {added}, would update {updated}, {unchanged} unchanged, {rejected} rejected (dry run, nothing written)</source>
        <translation>{kind}（{file}）：将新增 {added} 条，将更新 {updated} 条，{unchanged} 条不变，{rejected} 条被拒（仅检查，未写入）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="79"/>
        <source>{kind} from {file}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected (written)</source>
        <translation>{kind}（{file}）：新增 {added} 条，更新 {updated} 条，{unchanged} 条不变，{rejected} 条被拒（已写入）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="83"/>
        <source>{kind} from {file}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected (nothing written)</source>
        <translation>{kind}（{file}）：新增 {added} 条，更新 {updated} 条，{unchanged} 条不变，{rejected} 条被拒（未写入）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="88"/>
        <source>row {row}: rejected: {reason}</source>
        <translation>第 {row} 行：被拒：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="89"/>
        <source>row {row}: note: {reason}</source>
        <translation>第 {row} 行：注意：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="125"/>
        <source>unknown columns (ignored): {columns}</source>
        <translation>不认识的列（已忽略）：{columns}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="137"/>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="248"/>
        <source>card_no {card_no} is also on row {row} of this file</source>
        <translation>卡号 {card_no} 在本文件第 {row} 行也出现了</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="356"/>
        <source>{name} found by her phone: her card stays {card_no}, not {row_card_no}</source>
        <translation>按电话找到 {name}：她的卡号仍为 {card_no}，不改为 {row_card_no}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="382"/>
        <source>the phone {phone} is also on card {card_no} ({name}): shared</source>
        <translation>电话 {phone} 也登记在卡号 {card_no}（{name}）上：家人共用</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="148"/>
        <source>the phone {phone} is on {count} cards ({cards}): give the card_no</source>
        <translation>电话 {phone} 登记在 {count} 张卡上（{cards}）：请填写卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="518"/>
        <source>unknown staff “{name}” left empty: add the user first</source>
        <translation>不认识的责任人“{name}”，已留空：请先添加该用户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="588"/>
        <source>receipt_no is empty</source>
        <translation>小票号为空</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="634"/>
        <source>receipt {receipt_no}: {reason}</source>
        <translation>小票 {receipt_no}：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="668"/>
        <source>receipt {receipt_no} is already recorded with different lines</source>
        <translation>小票 {receipt_no} 已记录过，但明细不同</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="687"/>
        <source>a negative quantity needs return_of (the original receipt number)</source>
        <translation>数量为负（退货）时需要填写原小票号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="706"/>
        <source>unknown card number {card_no}: import the customers first</source>
        <translation>不认识的卡号 {card_no}：请先导入顾客资料</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="714"/>
        <source>no customer has the phone number {phone}</source>
        <translation>没有顾客使用电话号码 {phone}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="729"/>
        <source>a return line needs a negative quantity and amount</source>
        <translation>退货行的数量和金额都应为负数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="742"/>
        <source>the return of {item} is larger than what receipt {receipt_no} sold</source>
        <translation>{item} 的退货数量超过了小票 {receipt_no} 售出的数量</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="899"/>
        <source>the rows of receipt {receipt_no} differ in date, customer or return_of</source>
        <translation>小票 {receipt_no} 的各行日期、顾客或原小票号不一致</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="925"/>
        <source>row {row}: qty is 0</source>
        <translation>第 {row} 行：数量为 0</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="928"/>
        <source>row {row}: qty and amount must have the same sign</source>
        <translation>第 {row} 行：数量和金额的正负号必须一致</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="46"/>
        <source>Import from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="52"/>
        <source>Customer cards</source>
        <translation>顾客档案</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="53"/>
        <source>Purchases (till export)</source>
        <translation>消费记录（收银导出）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="59"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="64"/>
        <source>Import the good rows even if some are rejected</source>
        <translation>即使有行被拒绝，也导入正确的行</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="71"/>
        <source>Check (nothing is written)</source>
        <translation>检查（不写入）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="72"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="73"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="74"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="99"/>
        <source>How the columns are read (first rows of the file):</source>
        <translation>各列的读取方式（文件的前几行）：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="108"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="108"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="143"/>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="188"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/import_dialog.py" line="188"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="53"/>
        <source>sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="54"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="60"/>
        <source>earned</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="61"/>
        <source>redeemed</source>
        <translation>抵扣</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="62"/>
        <source>taken back (return)</source>
        <translation>退货扣回</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="63"/>
        <source>kept from the refund</source>
        <translation>从退款中扣除</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="64"/>
        <source>correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="65"/>
        <source>opening balance</source>
        <translation>期初积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="66"/>
        <source>for bringing a new customer</source>
        <translation>推荐新客奖励</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="67"/>
        <source>expired (积分清零)</source>
        <translation>到期清零</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/lost.py" line="18"/>
        <source>Customers without a receipt for a year leave the care file: no calls and no gifts. They come back by themselves with their next purchase.</source>
        <translation>一年没有购买记录的顾客从客情档案中除名：不回访、不送礼。她们下次购买时会自动恢复。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/lost.py" line="24"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/lost.py" line="25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/lost.py" line="26"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/lost.py" line="27"/>
        <source>Last receipt</source>
        <translation>最后购买</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/lost.py" line="28"/>
        <source>Lost since</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/lost.py" line="29"/>
        <source>Spent in all</source>
        <translation>累计消费</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boutique_vip/gui/tabs/purchases/lost.py" line="55"/>
        <source>%n lost customer(s)</source>
        <translation>
            <numerusform>%n 位流失顾客</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="66"/>
        <source>{shop} — Boutique VIP</source>
        <translation>{shop} — Boutique VIP 客情管理</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="68"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="72"/>
        <location filename="../../boutique_vip/gui/main_window.py" line="553"/>
        <location filename="../../boutique_vip/self_check.py" line="49"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="74"/>
        <source>Purchases</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="76"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="82"/>
        <source>Calls</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="84"/>
        <source>Manager&apos;s desk</source>
        <translation>经理工作台</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="101"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="133"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="143"/>
        <source>Export &amp;customers…</source>
        <translation>导出顾客档案(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="153"/>
        <source>Export &amp;purchases…</source>
        <translation>导出消费记录(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="162"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="163"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="165"/>
        <source>&amp;Rules of the shop…</source>
        <translation>本店规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="167"/>
        <source>Switch &amp;user…</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="173"/>
        <source>&amp;Customers</source>
        <translation>顾客(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="174"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="176"/>
        <source>&amp;New card</source>
        <translation>新建档案(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="179"/>
        <source>&amp;Save card</source>
        <translation>保存档案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="184"/>
        <source>&amp;Correct points…</source>
        <translation>更正积分(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="187"/>
        <source>E&amp;xport her data…</source>
        <translation>导出顾客资料(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="189"/>
        <source>&amp;Erase her data…</source>
        <translation>删除顾客资料(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="191"/>
        <source>&amp;Duplicate cards and merging…</source>
        <translation>重复会员卡与合并(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="196"/>
        <source>&amp;Print her member card…</source>
        <translation>打印她的会员卡(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="200"/>
        <source>Member cards of the &amp;month&apos;s new members…</source>
        <translation>本月新会员的会员卡(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="205"/>
        <source>&amp;Manager</source>
        <translation>店长(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="207"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="208"/>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="211"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="212"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="214"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="222"/>
        <source>Closing the window keeps the program in the &amp;tray</source>
        <translation>关闭窗口时程序留在托盘(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="233"/>
        <source>&amp;Start with the PC</source>
        <translation>开机自动启动(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="244"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="247"/>
        <source>&amp;Guide to the shop&apos;s day</source>
        <translation>店里的一天：使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="252"/>
        <source>&amp;About Boutique VIP</source>
        <translation>关于 Boutique VIP(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="285"/>
        <source>Saving the rules and sorting every customer again…</source>
        <translation>正在保存规则并重新为每位顾客分级…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="291"/>
        <source>The rules are saved: {n} tiers changed.</source>
        <translation>规则已保存：{n} 位顾客的等级有变化。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="322"/>
        <source>Gift plan {month}: approve by {date}</source>
        <translation>礼品计划 {month}：请在 {date} 前批准</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="324"/>
        <source>Gift plan {month}: approval overdue by {days} days</source>
        <translation>礼品计划 {month}：审批已逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="339"/>
        <source>Call hour: {n} calls to make today.</source>
        <translation>电话回访时间：今天有 {n} 个电话要打。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="341"/>
        <location filename="../../boutique_vip/gui/main_window.py" line="761"/>
        <source>Boutique VIP</source>
        <translation>Boutique VIP 客情管理</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="386"/>
        <source>Start with the PC</source>
        <translation>开机自动启动</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="387"/>
        <source>The setting could not be changed: {reason}</source>
        <translation>无法更改此设置：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="407"/>
        <source>Close Boutique VIP</source>
        <translation>关闭 Boutique VIP 客情管理</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="409"/>
        <source>Keep the program running beside the clock? Then the call list still comes forward at {hour}:00 while the window is closed. (You can change this under View.)</source>
        <translation>让程序留在屏幕右下角（时钟旁）继续运行吗？这样窗口关闭后，{hour}:00 仍会弹出今日回访名单。（可在“视图”菜单中更改。）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="414"/>
        <source>Keep running in the tray</source>
        <translation>留在托盘继续运行</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="415"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="423"/>
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="423"/>
        <source>staff</source>
        <translation>营业员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="424"/>
        <source>Signed in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="429"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="520"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="522"/>
        <source>This shop&apos;s data is on a PostgreSQL server: back it up there with pg_dump (see the README).</source>
        <translation>本店数据在PostgreSQL服务器上：请在服务器上用pg_dump备份（见README）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="535"/>
        <source>Copy a backup off this PC (File → Backups)</source>
        <translation>请把备份复制到其他设备（文件 → 备份）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="553"/>
        <source>Open a customer&apos;s card first.</source>
        <translation>请先打开一位顾客的会员卡。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="569"/>
        <source>Saved {file}</source>
        <translation>已保存{file}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="603"/>
        <source>Member card {card_no}</source>
        <translation>会员卡 {card_no}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="617"/>
        <location filename="../../boutique_vip/gui/main_window.py" line="623"/>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="617"/>
        <source>Cards of the customers registered in:</source>
        <translation>打印以下月份登记的顾客的会员卡：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="623"/>
        <source>Nobody registered in {month}.</source>
        <translation>{month} 没有新登记的顾客。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="628"/>
        <source>Member cards {month}</source>
        <translation>会员卡 {month}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="644"/>
        <source>Excel, Chinese column names (*.xlsx)</source>
        <translation>Excel，中文列名 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="645"/>
        <source>Excel, English column names (*.xlsx)</source>
        <translation>Excel，英文列名 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="646"/>
        <source>CSV, Chinese column names (*.csv)</source>
        <translation>CSV，中文列名 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="647"/>
        <source>CSV, English column names (*.csv)</source>
        <translation>CSV，英文列名 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="651"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="665"/>
        <source>Exported {count} rows to {file}</source>
        <translation>已导出 {count} 行到 {file}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="676"/>
        <source>Today&apos;s backup is saved: {file}</source>
        <translation>今日备份已保存：{file}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="685"/>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="697"/>
        <source>Tiers updated for today: {n} changed</source>
        <translation>今日客户分类已更新：{n} 位有变化</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="728"/>
        <source>About Boutique VIP</source>
        <translation>关于 Boutique VIP</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="730"/>
        <source>Boutique VIP {version}
Customer care for {shop}.

Data folder: {folder}
Database: {db}</source>
        <translation>Boutique VIP {version}
{shop} 的客情管理。

数据文件夹：{folder}
数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/main_window.py" line="762"/>
        <source>Still running here: the call list comes forward at {hour}:00.</source>
        <translation>程序仍在这里运行：{hour}:00 会弹出回访名单。</translation>
    </message>
</context>
<context>
    <name>ManualTierDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/manual_tier.py" line="31"/>
        <source>Tier of {name}</source>
        <translation>{name} 的等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/manual_tier.py" line="34"/>
        <source>computed by the rules</source>
        <translation>按规则计算</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/manual_tier.py" line="39"/>
        <source>special customer (always A)</source>
        <translation>特殊客户（始终为 A）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/manual_tier.py" line="49"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/manual_tier.py" line="50"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/manual_tier.py" line="52"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/manual_tier.py" line="53"/>
        <source>Manager&apos;s PIN</source>
        <translation>店长密码</translation>
    </message>
</context>
<context>
    <name>MergeCardsDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="48"/>
        <source>Duplicate cards</source>
        <translation>重复会员卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="56"/>
        <source>Cards that may be one customer: the same phone, the same name and birthday, or names that read the same in pinyin with the same birthday. A family sharing a phone is listed too: merge only two cards of one person. Pick a pair (or type two card numbers), check what moves, then merge.</source>
        <translation>可能属于同一位顾客的卡：电话相同、姓名和生日相同，或姓名拼音相同且生日相同。共用电话的家人也会列出：只合并同一个人的两张卡。选一对（或输入两个卡号），核对要转移的内容，再合并。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="65"/>
        <source>Alike by</source>
        <translation>相同之处</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="66"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="67"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="68"/>
        <source>Other card</source>
        <translation>另一张卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="69"/>
        <source>Other name</source>
        <translation>另一个姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="79"/>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="110"/>
        <source>Looking for cards that may be one customer…</source>
        <translation>正在查找可能属于同一位顾客的卡…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="84"/>
        <source>card number, e.g. VIP00012</source>
        <translation>卡号，例如 VIP00012</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="86"/>
        <source>Swap</source>
        <translation>对调</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="90"/>
        <source>Card that stays</source>
        <translation>保留的卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="91"/>
        <source>Card merged into it</source>
        <translation>并入它的卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="100"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="118"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="119"/>
        <source>same name and birthday</source>
        <translation>姓名和生日相同</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="120"/>
        <source>same pinyin and birthday</source>
        <translation>拼音和生日相同</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="134"/>
        <source>%n pair(s) of cards may be one customer.</source>
        <translation>
            <numerusform>有 %n 对卡可能属于同一位顾客。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="136"/>
        <source>No cards look alike.</source>
        <translation>没有相似的卡。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="168"/>
        <source>No card has this number.</source>
        <translation>没有这个卡号。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="180"/>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="185"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="181"/>
        <source>{count} {what}</source>
        <translation>{count} {what}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="188"/>
        <source>{merged_no} {merged} goes into {kept_no} {kept}: {moved}. Points moving: {points}. Customers she brought: {referrals}. Taken from it where {kept} has nothing: {filled}. {merged_no} is then deleted; a copy of it as it was stays with the card that stays.</source>
        <translation>{merged_no} {merged} 并入 {kept_no} {kept}：{moved}。转移积分：{points}。她推荐的顾客：{referrals}。{kept} 空缺而从中补充的栏目：{filled}。之后 {merged_no} 将被删除；它的原样作为副本随保留的卡保存。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="193"/>
        <source>{merged_no} {merged} was merged into {kept_no} {kept}: {moved}.</source>
        <translation>{merged_no} {merged} 已并入 {kept_no} {kept}：{moved}。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="200"/>
        <source>nothing else</source>
        <translation>没有其他内容</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="212"/>
        <source>Merge two cards</source>
        <translation>合并两张会员卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/merge_cards.py" line="213"/>
        <source>Merge card {merged} into card {kept}? This cannot be undone.</source>
        <translation>把卡号 {merged} 并入卡号 {kept} 吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>Occasions</name>
    <message>
        <location filename="../../boutique_vip/domain/occasions.py" line="26"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/occasions.py" line="27"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/occasions.py" line="28"/>
        <source>Labour Day</source>
        <translation>五一</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/occasions.py" line="29"/>
        <source>National Day</source>
        <translation>十一</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../boutique_vip/gui/widgets/pdf_preview.py" line="51"/>
        <source>of {n}</source>
        <translation>共 {n} 页</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/widgets/pdf_preview.py" line="52"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/widgets/pdf_preview.py" line="54"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/widgets/pdf_preview.py" line="65"/>
        <source>Page</source>
        <translation>第</translation>
    </message>
</context>
<context>
    <name>PickReceiptDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="43"/>
        <source>Put a receipt on her card</source>
        <translation>补登小票</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="44"/>
        <source>Sales without a card of the last {days} days:</source>
        <translation>最近 {days} 天未登记会员卡的销售：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="48"/>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="52"/>
        <source>Return: which sale?</source>
        <translation>退货：哪一笔销售？</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="49"/>
        <source>Recent sales of {name}:</source>
        <translation>{name} 最近的购买：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="53"/>
        <source>The shop&apos;s sales of the last {days} days:</source>
        <translation>本店最近 {days} 天的销售：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="58"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="58"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="58"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="58"/>
        <source>Total (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="72"/>
        <source>or type the number on her receipt</source>
        <translation>或输入小票上的号码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/pick_receipt.py" line="78"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="161"/>
        <source>Working out the plan…</source>
        <translation>正在生成计划…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="28"/>
        <source>Card</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="29"/>
        <source>Customer</source>
        <translation>客户名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="30"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="31"/>
        <source>Occasion</source>
        <translation>赠送事宜</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="32"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="33"/>
        <source>Card mailed by</source>
        <translation>寄卡日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="34"/>
        <source>Gift</source>
        <translation>礼品类别</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="35"/>
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="36"/>
        <source>Executor</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="37"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="38"/>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="193"/>
        <source>Card mailed</source>
        <translation>已寄卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="39"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="187"/>
        <source>Create draft</source>
        <translation>生成草稿</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="188"/>
        <source>Change gift…</source>
        <translation>修改礼品…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="189"/>
        <source>Approve and sign…</source>
        <translation>批准并签名…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="190"/>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="191"/>
        <source>Open in PDF reader</source>
        <translation>用 PDF 阅读器打开</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="192"/>
        <source>Save sheet…</source>
        <translation>保存一览表…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="194"/>
        <source>Told her to collect</source>
        <translation>已通知领取</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="195"/>
        <source>Gift delivered</source>
        <translation>礼品已送达</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="198"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="64"/>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="299"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/plan_model.py" line="83"/>
        <source>Outside the care standard for this tier</source>
        <translation>超出该等级的客情维护标准</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="263"/>
        <source>not saved yet (proposal)</source>
        <translation>尚未保存（建议）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="264"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="265"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="266"/>
        <source>superseded</source>
        <translation>已被新版替代</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="268"/>
        <source>{count} lines · revision {revision} · {status}</source>
        <translation>{count} 行 · 第 {revision} 版 · {status}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="272"/>
        <source>approved by {name} at {when}; {rate}% delivered</source>
        <translation>{name} 于 {when} 批准；已送达 {rate}%</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="281"/>
        <source>Revisions: </source>
        <translation>各版本：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="296"/>
        <source>Gifts: </source>
        <translation>礼品：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="298"/>
        <source>{gift} × {count} = {cost} yuan</source>
        <translation>{gift} × {count} = {cost} 元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="304"/>
        <source>(total {cost} yuan)</source>
        <translation>（合计 {cost} 元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="314"/>
        <source>Approve this plan by {date}: its first card goes in the mail then ({days} days).</source>
        <translation>请在 {date} 前批准此计划：第一张贺卡在那天寄出（还有 {days} 天）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="318"/>
        <source>Approval overdue by {days} days: its first card should have gone in the mail on {date}.</source>
        <translation>审批已逾期 {days} 天：第一张贺卡本应在 {date} 寄出。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="372"/>
        <source>the plan for {month}, revision {revision}</source>
        <translation>{month} 的计划（第 {revision} 版）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="384"/>
        <source>Gift plan {month}</source>
        <translation>礼品计划 {month}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/gifts/tab.py" line="394"/>
        <source>Save sheet</source>
        <translation>保存一览表</translation>
    </message>
</context>
<context>
    <name>PurchaseHistory</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="51"/>
        <source>Set tier / special…</source>
        <translation>设置等级 / 特殊客户…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="54"/>
        <source>What she buys (from her purchases) — compared with the card</source>
        <translation>她实际买什么（来自消费记录）— 与档案对比</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="57"/>
        <source>Sizes bought</source>
        <translation>购买尺码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="58"/>
        <source>Top colours</source>
        <translation>常买颜色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="59"/>
        <source>Top styles</source>
        <translation>常买风格</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="60"/>
        <source>Price band paid</source>
        <translation>实付价格段</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="61"/>
        <source>Purchases per month</source>
        <translation>每月购买次数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="62"/>
        <source>Average receipt</source>
        <translation>平均客单价</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="63"/>
        <source>Spent in all</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="64"/>
        <source>Last purchase</source>
        <translation>最后购买</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="65"/>
        <source>Last visit</source>
        <translation>最后到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="74"/>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="85"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="75"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="76"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="77"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="78"/>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="85"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="79"/>
        <source>In cash / with points</source>
        <translation>现金 / 积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="85"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="85"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="85"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="104"/>
        <source>Receipts, returns and visits</source>
        <translation>购买、退货和到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="106"/>
        <source>Points ledger</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="126"/>
        <source>Tier: {tier}</source>
        <translation>等级：{tier}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="130"/>
        <source>Points balance {balance}, lifetime points {lifetime}</source>
        <translation>积分余额 {balance}，累计积分 {lifetime}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="134"/>
        <source>; {points} expire on {day}</source>
        <translation>；{points} 积分将于 {day} 清零</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="140"/>
        <source>She brought {who}: {points} referral points.</source>
        <translation>她推荐了 {who}：获得推荐积分 {points}。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="152"/>
        <source>Contacts: </source>
        <translation>联系记录：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="162"/>
        <source>Tier changes: </source>
        <translation>等级变化：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="180"/>
        <source>{low}–{high} yuan</source>
        <translation>{low}–{high} 元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="193"/>
        <source>she now buys {bought}, the card says {typed}</source>
        <translation>她现在买 {bought}，档案上写的是 {typed}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="203"/>
        <source>purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="203"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="203"/>
        <source>visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="238"/>
        <source>{points} points = {value} yuan</source>
        <translation>{points} 积分 = {value} 元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="240"/>
        <source>{value} yuan in points</source>
        <translation>积分 {value} 元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/customers/history.py" line="242"/>
        <source>{cash} yuan cash + {points}</source>
        <translation>现金 {cash} 元 + {points}</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/tab.py" line="28"/>
        <source>Counter</source>
        <translation>收银</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/tab.py" line="29"/>
        <source>Receipts</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/tab.py" line="30"/>
        <source>Lost customers</source>
        <translation>流失顾客名录</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="103"/>
        <source>all groups</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="107"/>
        <source>all staff</source>
        <translation>全部营业员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="110"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="115"/>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="116"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="117"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="118"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="119"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="120"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="121"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="122"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="123"/>
        <source>Staff</source>
        <translation>营业员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="131"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tabs/purchases/receipts.py" line="131"/>
        <source>to</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="45"/>
        <source>Return against receipt {receipt_no}</source>
        <translation>按小票 {receipt_no} 退货</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="50"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="51"/>
        <source>Size / colour</source>
        <translation>尺码 / 颜色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="52"/>
        <source>Bought</source>
        <translation>购买数量</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="53"/>
        <source>Still returnable</source>
        <translation>可退数量</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="54"/>
        <source>Return now</source>
        <translation>本次退</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="75"/>
        <source>Points taken back</source>
        <translation>扣回积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="76"/>
        <source>Kept from the refund for missing points</source>
        <translation>积分不足从退款中扣除</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="77"/>
        <source>Paid with points, given back</source>
        <translation>积分支付部分，退回积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="78"/>
        <source>Refund in cash</source>
        <translation>退现金</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="137"/>
        <source>{points} points paid for these pieces are back on her balance.</source>
        <translation>这几件用积分支付的 {points} 积分已退回她的余额。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="106"/>
        <source>{due} (balance {balance})</source>
        <translation>{due}（余额 {balance}）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="109"/>
        <source>{value} yuan for {points} points</source>
        <translation>{value} 元（抵 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="115"/>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="118"/>
        <source>{points} points ({value} yuan)</source>
        <translation>{points} 积分（{value} 元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/return_dialog.py" line="132"/>
        <source>Return recorded: refund {amount} yuan, {points} points taken back.</source>
        <translation>退货已登记：退款 {amount} 元，扣回 {points} 分。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="63"/>
        <source>Points per yuan paid</source>
        <translation>每实付 1 元积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="66"/>
        <source>Points multiplier on her birthday</source>
        <translation>生日当天积分倍数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="70"/>
        <source>Points multiplier on a gift holiday&apos;s first day</source>
        <translation>节日第一天积分倍数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="77"/>
        <source>Points per redemption step</source>
        <translation>每次抵扣所需积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="81"/>
        <source>Yuan per redemption step</source>
        <translation>每次抵扣金额（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="125"/>
        <source>A from lifetime points</source>
        <translation>累计积分达到即为 A</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="128"/>
        <source>A from receipts in the recent window</source>
        <translation>近期购买次数达到即为 A</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="134"/>
        <source>B from receipts ever</source>
        <translation>累计购买次数达到即为 B</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="137"/>
        <source>One tier lower after days without a visit</source>
        <translation>超过多少天未到店降一级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="140"/>
        <source>Lost after days without a receipt</source>
        <translation>超过多少天未购买即流失</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="144"/>
        <source>Mail cards days before the occasion</source>
        <translation>节日/生日前几天寄贺卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="179"/>
        <source>Remind about plan approval days before</source>
        <translation>提前几天提醒批准礼品计划</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="185"/>
        <source>Calls that fit in the hour</source>
        <translation>一小时内可打电话数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="212"/>
        <source>Registration rate at least</source>
        <translation>登记率至少</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="216"/>
        <source>New customers per group and month (January–June, October–December)</source>
        <translation>每组每月新顾客（1–6月、10–12月）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="224"/>
        <source>New customers per group and month (July–September)</source>
        <translation>每组每月新顾客（7–9月）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="231"/>
        <source>Bonus when over the new-customer target by</source>
        <translation>新顾客超出目标达到此比例时奖励</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="234"/>
        <source>… for this many months in a row</source>
        <translation>……连续达到的月数</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="237"/>
        <source>After-sale follow-up target</source>
        <translation>售后回访目标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="242"/>
        <source>Lock the program after minutes without use (0: never)</source>
        <translation>无操作多少分钟后锁定程序（0为不锁定）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="188"/>
        <source>After-sale call from days after the receipt</source>
        <translation>售后回访：购买后第几天起</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="20"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="21"/>
        <source>Tiers</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="22"/>
        <source>Gifts and cards</source>
        <translation>礼品与贺卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="23"/>
        <source>Calls</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="24"/>
        <source>Targets</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="25"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="28"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="29"/>
        <source>times</source>
        <translation>倍</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="30"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="31"/>
        <source>receipts</source>
        <translation>张小票</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="32"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="33"/>
        <source>o&apos;clock</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="34"/>
        <source>calls</source>
        <translation>个电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="35"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="36"/>
        <source>customers</source>
        <translation>位顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="37"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="38"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="39"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="89"/>
        <source>Days a receipt can be put on her card afterwards (补登)</source>
        <translation>小票可补登到会员卡的天数（补登）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="97"/>
        <source>Points to the customer who brought a new one, at her first purchase (0: off)</source>
        <translation>老带新：新客首次购买时给推荐人的积分（0 为不启用）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="107"/>
        <source>Points earned in a year expire on 31 December this many years later (0: never)</source>
        <translation>一年内获得的积分于若干年后的 12 月 31 日清零（0：永不清零）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="117"/>
        <source>Days before points expire that she is sent an SMS</source>
        <translation>积分清零前多少天发短信提醒</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="131"/>
        <source>Recent window</source>
        <translation>近期统计范围</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="148"/>
        <source>A holiday gift: highest cost</source>
        <translation>A 类节日礼品：最高成本</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="156"/>
        <source>A birthday gift: lowest cost</source>
        <translation>A 类生日礼品：最低成本</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="164"/>
        <source>B holiday: voucher</source>
        <translation>B 类节日：代金券</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="172"/>
        <source>B birthday gift: lowest cost</source>
        <translation>B 类生日礼品：最低成本</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="182"/>
        <source>Call hour starts at</source>
        <translation>回访时段开始</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="183"/>
        <source>Call hour ends at</source>
        <translation>回访时段结束</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="191"/>
        <source>After-sale call until days after the receipt</source>
        <translation>售后回访：购买后第几天止</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="194"/>
        <source>Win-back call from days since the last visit</source>
        <translation>挽回回访：最后到店后第几天起</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="198"/>
        <source>Win-back call until days since the last visit</source>
        <translation>挽回回访：最后到店后第几天止</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="205"/>
        <source>Win-back only without contact for days</source>
        <translation>挽回回访：多少天未联系</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="208"/>
        <source>Remind about a waiting gift after days</source>
        <translation>礼品待领取几天后提醒</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="57"/>
        <source>Rules of the shop</source>
        <translation>本店规则</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="72"/>
        <source>From {low} to {high} {unit}; the manual&apos;s default is {default}.</source>
        <translation>范围 {low} 到 {high}（{unit}）；手册默认值为 {default}。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="80"/>
        <source>{title} ({unit})</source>
        <translation>{title}（{unit}）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="93"/>
        <source>SMS texts ({name}, {size} and {gift} are filled in)</source>
        <translation>短信内容（自动填入 {name}、{size}、{gift}）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="115"/>
        <source>A change applies to points earned from the day it is saved; points earned before keep the rule they were earned under.</source>
        <translation>修改从保存当天起对新获得的积分生效；此前获得的积分仍按获得时的规则。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="119"/>
        <source>The rule in force was set on {day}.</source>
        <translation>现行规则设定于 {day}。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="137"/>
        <source>From today ({day}) points earned in a year expire on 31 December {years} year(s) later. Points earned before today are not affected: they keep the rule they were earned under.</source>
        <translation>自今天（{day}）起，一年内获得的积分于 {years} 年后的 12 月 31 日清零。今天以前获得的积分不受影响：仍按获得时的规则。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="142"/>
        <source>From today ({day}) the points earned never expire. Points earned before today still expire as the rule said when they were earned.</source>
        <translation>自今天（{day}）起获得的积分永不清零。今天以前获得的积分仍按获得时的规则清零。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="146"/>
        <source>Point expiry (积分清零)</source>
        <translation>积分清零</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="146"/>
        <source>Save?</source>
        <translation>保存吗？</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/rules_dialog.py" line="159"/>
        <source>{rule}: enter a number from {low} to {high}.</source>
        <translation>{rule}：请输入 {low} 到 {high} 之间的数字。</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="21"/>
        <source>Call list</source>
        <translation>电话回访名单</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="23"/>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="27"/>
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="24"/>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="28"/>
        <source>Customer</source>
        <translation>客户名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="25"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="26"/>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="29"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="27"/>
        <source>Why</source>
        <translation>回访原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="28"/>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="29"/>
        <source>Outcome and notes</source>
        <translation>结果与备注</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="32"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="33"/>
        <source>holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="34"/>
        <source>call back</source>
        <translation>约定回电</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="35"/>
        <source>after sale</source>
        <translation>售后回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="36"/>
        <source>gift waiting</source>
        <translation>礼品待领取</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="37"/>
        <source>win back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="39"/>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="40"/>
        <source> (tomorrow)</source>
        <translation>（明天）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/call_sheet.py" line="41"/>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="81"/>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="47"/>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="30"/>
        <source>Top 20 VIP customers (staff training)</source>
        <translation>前20位VIP顾客（员工培训用）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="32"/>
        <source>#</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="33"/>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="68"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="34"/>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="69"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="35"/>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="36"/>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="37"/>
        <source>Colours</source>
        <translation>喜欢的颜色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="38"/>
        <source>Styles/cuts</source>
        <translation>风格/版型</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="39"/>
        <source>Price band</source>
        <translation>价位</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="40"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="41"/>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="43"/>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="44"/>
        <source>KPIs</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="46"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="47"/>
        <source>Registration</source>
        <translation>登记率</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="48"/>
        <source>New / target</source>
        <translation>新顾客/目标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="49"/>
        <source>Bonus</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="50"/>
        <source>After-sale done</source>
        <translation>售后回访完成</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="51"/>
        <source>Gift plan done</source>
        <translation>礼品计划完成</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="52"/>
        <source>Spend/customer</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="53"/>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="54"/>
        <source>Repurchase</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="56"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="57"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="58"/>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="59"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="60"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="61"/>
        <source>Customers per tier, month by month</source>
        <translation>各级顾客人数（按月）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="62"/>
        <source>Monthly spend by tier (yuan)</source>
        <translation>各级顾客月消费额（元）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="63"/>
        <source>New customers per group against target</source>
        <translation>各组新顾客与目标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="64"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="65"/>
        <source>Customers lost per month</source>
        <translation>每月流失顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="66"/>
        <source>Customers lost this month</source>
        <translation>本月流失顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="70"/>
        <source>Last receipt</source>
        <translation>最后消费</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="72"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="73"/>
        <source>Next month&apos;s gift plan ({month})</source>
        <translation>下月礼品计划（{month}）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="74"/>
        <source>Approve by {date}   status: {status}</source>
        <translation>审批截止：{date}&#x3000;状态：{status}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="76"/>
        <source>not saved yet (proposal)</source>
        <translation>尚未保存（建议）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="77"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="78"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/desk_sheets.py" line="80"/>
        <source>Occasions and customers: {items}</source>
        <translation>场合与人数：{items}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="24"/>
        <source>Gift plan and delivery sheet</source>
        <translation>礼品赠送情况计划与执行一览表</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="25"/>
        <source>{shop}  {month}  revision {revision}</source>
        <translation>{shop}&#x3000;{month}&#x3000;第 {revision} 版</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="30"/>
        <source>Occasion</source>
        <translation>赠送事宜</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="31"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="32"/>
        <source>Card mailed</source>
        <translation>寄卡日期</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="33"/>
        <source>Gift</source>
        <translation>礼品类别</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="34"/>
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="35"/>
        <source>Executor</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="36"/>
        <source>Store manager&apos;s signature</source>
        <translation>店长签名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="37"/>
        <source>Customer&apos;s signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="39"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="40"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="41"/>
        <source>{name}  approved {when}</source>
        <translation>{name}&#x3000;批准于 {when}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="42"/>
        <source>Revision {revision} lines SHA-256 {lines}  audit anchor #{audit_id} {audit_hash}</source>
        <translation>第 {revision} 版明细校验码 SHA-256 {lines}&#x3000;审计链锚点 #{audit_id} {audit_hash}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="45"/>
        <source>DRAFT: not approved</source>
        <translation>草稿：尚未批准</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="46"/>
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="49"/>
        <source>pickup</source>
        <translation>到店领取</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="50"/>
        <source>mail</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/gift_sheet.py" line="51"/>
        <source>home delivery</source>
        <translation>送货上门</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/member_card.py" line="32"/>
        <source>VIP member</source>
        <translation>贵宾会员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/reports/member_card.py" line="33"/>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
</context>
<context>
    <name>ShopTray</name>
    <message>
        <location filename="../../boutique_vip/gui/tray.py" line="17"/>
        <source>Open Boutique VIP</source>
        <translation>打开 Boutique VIP 客情管理</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tray.py" line="18"/>
        <source>Today&apos;s calls</source>
        <translation>今日回访</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tray.py" line="19"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/tray.py" line="29"/>
        <source>Boutique VIP</source>
        <translation>Boutique VIP 客情管理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boutique_vip/gui/tray.py" line="31"/>
        <source>%n call(s) waiting</source>
        <translation>
            <numerusform>%n 个回访待完成</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="37"/>
        <source>Locked — {shop}</source>
        <translation>已锁定 — {shop}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="39"/>
        <source>Sign in — {shop}</source>
        <translation>登录 — {shop}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="44"/>
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="44"/>
        <source>staff</source>
        <translation>营业员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="49"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/sign_in.py" line="50"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../boutique_vip/app.py" line="88"/>
        <source>The database is open in another copy of the program (PC {host}, process {pid}, since {since}). This copy opens it read-only: you can look things up but not save.</source>
        <translation>数据库正被另一个程序窗口使用（电脑{host}，进程{pid}，自{since}起）。本窗口以只读方式打开：可以查询，但不能保存。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/app.py" line="98"/>
        <source>{problem}

The damaged file was moved to {aside}.</source>
        <translation>{problem}

损坏的文件已移至{aside}。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/app.py" line="105"/>
        <source>There is no sound backup.</source>
        <translation>没有完好的备份。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/app.py" line="113"/>
        <source>Restore the newest sound backup, made {when}?</source>
        <translation>恢复最新的完好备份（{when}）吗？</translation>
    </message>
</context>
<context>
    <name>Stored</name>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="249"/>
        <source>receipt {no}: {yuan} yuan off</source>
        <translation>小票 {no}：抵扣{yuan}元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="253"/>
        <source>receipt {no} ×{x} birthday</source>
        <translation>小票 {no}：生日{x}倍积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="257"/>
        <source>receipt {no} ×{x} {holiday}</source>
        <translation>小票 {no}：{holiday}{x}倍积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="240"/>
        <location filename="../../boutique_vip/gui/labels.py" line="259"/>
        <source>receipt {no}</source>
        <translation>小票 {no}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="262"/>
        <source>brought {card}, first purchase</source>
        <translation>推荐 {card} 首次购买</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="266"/>
        <source>brought {card}: her first purchase {no} voided</source>
        <translation>推荐 {card}：其首次购买 {no} 已作废</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="270"/>
        <source>return {no} of {of}</source>
        <translation>退货 {no}（原小票 {of}）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="276"/>
        <source>return {no} of {of}: {n} points short, {yuan} yuan kept from the refund</source>
        <translation>退货 {no}（原小票 {of}）：积分不足{n}分，从退款中扣{yuan}元</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="282"/>
        <source>opening balance {n} from the old system</source>
        <translation>旧系统期初积分 {n}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="284"/>
        <source>sale {no}</source>
        <translation>消费 {no}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="285"/>
        <source>return {no}</source>
        <translation>退货 {no}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="286"/>
        <source>import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="287"/>
        <source>daily evaluation</source>
        <translation>每日评估</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="288"/>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="289"/>
        <source>lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="290"/>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="291"/>
        <source>card saved</source>
        <translation>保存档案</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="292"/>
        <source>two cards merged</source>
        <translation>合并两张会员卡</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="295"/>
        <source>points that expired on {day}</source>
        <translation>{day} 到期清零的积分</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="297"/>
        <source>store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="300"/>
        <source>set to {tier} by {name}: {reason}</source>
        <translation>{name}手动设为{tier}级：{reason}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="304"/>
        <source>tier by hand cleared by {name}</source>
        <translation>{name}取消手动级别</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="308"/>
        <source>made special by {name}</source>
        <translation>{name}设为特殊顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/labels.py" line="312"/>
        <source>no longer special, by {name}</source>
        <translation>{name}取消特殊顾客</translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="97"/>
        <source>{base}: special customer designated by the manager</source>
        <translation>{base}：总经理指定的特殊客户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="98"/>
        <source>{base}: {lifetime_points} lifetime points (A from {threshold})</source>
        <translation>{base}：累计积分 {lifetime_points}（{threshold} 分起为 A）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="101"/>
        <source>{base}: {recent} receipts in the last {window} days</source>
        <translation>{base}：最近 {window} 天购买 {recent} 次</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="102"/>
        <source>{base}: {receipts} receipts, a repeat buyer</source>
        <translation>{base}：购买 {receipts} 次，重复购买的顾客</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="103"/>
        <source>{base}: {receipts} receipt(s) so far</source>
        <translation>{base}：目前购买 {receipts} 次</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="105"/>
        <source>set by hand to {manual}</source>
        <translation>手工设为 {manual}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="106"/>
        <source>one level lower: no visit yet</source>
        <translation>降一级：尚未到店</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="107"/>
        <source>one level lower: last visit {days} days ago (more than {limit})</source>
        <translation>降一级：最后到店在 {days} 天前（超过 {limit} 天）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="108"/>
        <source>lost: last receipt {days} days ago</source>
        <translation>流失：最后购买在 {days} 天前</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/tiers.py" line="109"/>
        <source>lost: registered {days} days ago and never bought</source>
        <translation>流失：登记 {days} 天，从未购买</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="79"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="84"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="84"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="84"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="84"/>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="158"/>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="169"/>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="185"/>
        <source>Sales group</source>
        <translation>销售小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="90"/>
        <source>Add a user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="92"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="94"/>
        <source>Issue signing certificate…</source>
        <translation>签发签名证书…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="96"/>
        <source>A manager needs one to approve plans; the shop&apos;s passphrase is asked for.</source>
        <translation>经理需要签名证书才能批准计划；将要求输入店铺口令。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="100"/>
        <source>Sales group…</source>
        <translation>销售小组…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="102"/>
        <source>New PIN…</source>
        <translation>重设 PIN…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="104"/>
        <source>Disable (she left)…</source>
        <translation>停用（已离职）…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="106"/>
        <source>New sales group…</source>
        <translation>新建销售小组…</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="125"/>
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="125"/>
        <source>staff</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="126"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="144"/>
        <source>New sales group</source>
        <translation>新建销售小组</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="144"/>
        <source>Name of the group:</source>
        <translation>小组名称：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="153"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="159"/>
        <source>Sales group of {name}:</source>
        <translation>{name} 的销售小组：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="170"/>
        <source>Move the customers {name} looks after into {group} too?</source>
        <translation>把 {name} 负责的顾客也一起转到 {group} 吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="185"/>
        <source>%n customer(s) moved.</source>
        <translation>
            <numerusform>已转移 %n 位顾客。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="194"/>
        <source>New PIN for {name}:</source>
        <translation>{name} 的新 PIN：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="194"/>
        <source>The new PIN again:</source>
        <translation>再次输入新 PIN：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="196"/>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="203"/>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="213"/>
        <source>New PIN</source>
        <translation>重设 PIN</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="203"/>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>两次输入的 PIN 不一致，未作更改。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="210"/>
        <source>{name} signs in with the new PIN.</source>
        <translation>{name} 今后用新 PIN 登录。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="212"/>
        <source>Issue her signing certificate again before she approves a plan.</source>
        <translation>她审批计划之前，请重新为她签发签名证书。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="221"/>
        <source>Disable a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="223"/>
        <source>{name} will no longer be able to sign in. Her name stays on the sales, calls and approvals she made. Disable her?</source>
        <translation>{name} 将不能再登录。她经手的销售、回访和审批记录仍保留她的名字。确定停用吗？</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="238"/>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="250"/>
        <source>Issue signing certificate</source>
        <translation>签发签名证书</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="239"/>
        <source>The shop&apos;s passphrase, to issue {name}&apos;s signing certificate:</source>
        <translation>请输入店铺口令，为 {name} 签发签名证书：</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/users.py" line="251"/>
        <source>{name} can now approve plans with her PIN and the shop&apos;s passphrase.</source>
        <translation>{name} 现在可以用她的 PIN 和店铺口令批准计划了。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="48"/>
        <source>Write the birthday as YYYY-MM-DD or MM-DD (for example 1985-03-08).</source>
        <translation>生日请写成 年-月-日 或 月-日（例如 1985-03-08）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="56"/>
        <source>The year {year} is not plausible.</source>
        <translation>年份 {year} 不合理。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="72"/>
        <source>There is no day {day} in month {month} of {year}.</source>
        <translation>{year} 年 {month} 月没有 {day} 日。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="79"/>
        <location filename="../../boutique_vip/services/gifts.py" line="180"/>
        <source>There is no day {day} in month {month}.</source>
        <translation>{month} 月没有 {day} 日。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="89"/>
        <source>A lunar date has months 1 to 12 and days 1 to 30.</source>
        <translation>农历日期的月份为 1 到 12，日为 1 到 30。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="97"/>
        <source>Lunar year {year} has no leap month {month}.</source>
        <translation>农历 {year} 年没有闰 {month} 月。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/birthdays.py" line="104"/>
        <source>Lunar month {month} of {year} has only {days} days.</source>
        <translation>农历 {year} 年 {month} 月只有 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="128"/>
        <source>{value} is not a date: write YYYY-MM-DD, for example 2024-03-08.</source>
        <extracomment>The version of the consent text (同意书) shown to a customer when she agrees to her data being kept; the card records it with the date. Change it whenever the text below changes.</extracomment>
        <translation>“{value}”不是日期：请写成 年-月-日，例如 2024-03-08。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="146"/>
        <source>Enter a number between {low} and {high} {unit}.</source>
        <translation>请输入 {low} 到 {high} 之间的数字（{unit}）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="171"/>
        <source>{value} is not an amount in yuan (for example 299 or 299.50).</source>
        <translation>“{value}”不是金额（元），例如 299 或 299.50。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="191"/>
        <source>A mobile number has 11 digits starting with 1; a landline starts with its area code (0571-88881234).</source>
        <translation>手机号码为以 1 开头的 11 位数字；固定电话以区号开头（如 0571-88881234）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="308"/>
        <source>{value} is not one of: {choices}.</source>
        <translation>“{value}”不是可选值之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="320"/>
        <source>Family row {row}: say who it is (daughter, husband…).</source>
        <translation>家庭成员第 {row} 行：请填写关系（女儿、丈夫……）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="337"/>
        <source>Life event row {row} needs a date and what happened.</source>
        <translation>生活事件第 {row} 行需要日期和事件。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="369"/>
        <source>The customer&apos;s name is required.</source>
        <extracomment>The longest text each field of the card holds (the database&apos;s column widths; a test keeps them equal). No card or receipt is older than the shop&apos;s records can be.</extracomment>
        <translation>必须填写顾客姓名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="380"/>
        <source>The highest price must not be below the lowest price.</source>
        <translation>最高价不能低于最低价。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="396"/>
        <source>{column}: at most {limit} characters ({length} given).</source>
        <translation>{column}：最多 {limit} 个字符（填了 {length} 个）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/customer.py" line="408"/>
        <source>{column}: a date from {earliest} on.</source>
        <translation>{column}：日期须在 {earliest} 或以后。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/errors.py" line="68"/>
        <source>This phone number is already on card {card_no} ({name}).</source>
        <translation>这个电话号码已登记在卡号 {card_no}（{name}）的档案上。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/users.py" line="40"/>
        <source>A PIN is {low} to {high} digits.</source>
        <extracomment>A manager&apos;s PIN also protects the key that signs approved sheets, so it is longer.</extracomment>
        <translation>密码为 {low} 到 {high} 位数字。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/users.py" line="46"/>
        <source>The user&apos;s name is required.</source>
        <translation>必须填写用户姓名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/shop.py" line="44"/>
        <source>The shop&apos;s name is required.</source>
        <translation>必须填写店名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/users.py" line="111"/>
        <source>There is already a user called {name}.</source>
        <extracomment>From this many wrong PINs in a row the user waits before the next try, twice as long each time. At this many the user is locked until a manager unlocks her.</extracomment>
        <translation>已有名为 {name} 的用户。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/file_formats.py" line="120"/>
        <source>{column}: write yes or no, not “{value}”.</source>
        <translation>{column}：请填 yes 或 no（是 / 否），不是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/file_formats.py" line="132"/>
        <source>gender: write F or M (女 or 男), not “{value}”.</source>
        <translation>性别：请填 F 或 M（女 或 男），不是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/file_formats.py" line="152"/>
        <source>birthday_calendar: write solar or lunar, not “{value}”.</source>
        <translation>历法：请填 solar 或 lunar（公历 或 农历），不是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/file_formats.py" line="172"/>
        <source>{column}: “{value}” is not an amount in yuan.</source>
        <translation>{column}：“{value}”不是金额（元）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/file_formats.py" line="187"/>
        <source>{column}: “{value}” is not a whole number.</source>
        <translation>{column}：“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/file_formats.py" line="204"/>
        <source>date: “{value}” is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM).</source>
        <translation>日期：“{value}”不是日期（年-月-日 或 年-月-日 时:分）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/sales.py" line="54"/>
        <source>Line {line}: at most {most} pieces on one line.</source>
        <extracomment>The longest text each field of a receipt line holds (the database&apos;s column widths; a test keeps them equal). More pieces or a dearer piece than this on one line is a typing or file error, not a sale.</extracomment>
        <translation>第 {line} 行：一行最多 {most} 件。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/sales.py" line="63"/>
        <source>Line {line}: a price above {most} yuan is not a sale.</source>
        <translation>第 {line} 行：单价超过 {most} 元，不是一笔销售。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/sales.py" line="73"/>
        <source>Line {line}: {column} has more than {limit} characters.</source>
        <translation>第 {line} 行：{column} 超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/sales.py" line="87"/>
        <source>A sale needs at least one line.</source>
        <translation>一笔销售至少要有一行。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/sales.py" line="94"/>
        <source>Line {line}: the quantity must be 1 or more (a return goes through Return).</source>
        <translation>第 {line} 行：数量至少为 1（退货请用“退货”）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/sales.py" line="105"/>
        <source>Line {line}: price and discount cannot be negative.</source>
        <translation>第 {line} 行：单价和优惠不能为负。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/sales.py" line="113"/>
        <source>Line {line}: the discount is larger than the price.</source>
        <translation>第 {line} 行：优惠大于价格。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/customers.py" line="249"/>
        <source>Card {card_no} already exists.</source>
        <translation>卡号 {card_no} 已存在。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/customers.py" line="318"/>
        <source>The phone “{value}” is on {count} cards ({cards}): give her card number.</source>
        <translation>电话“{value}”登记在 {count} 张卡上（{cards}）：请填写她的卡号。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/customers.py" line="341"/>
        <source>No card has the number or phone “{value}”.</source>
        <translation>没有卡号或电话为“{value}”的会员卡。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/customers.py" line="332"/>
        <source>A customer cannot have brought herself.</source>
        <translation>顾客不能推荐自己。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="487"/>
        <source>manual_tier: write A, B, C or leave it empty.</source>
        <translation>手工分类：请填 A、B、C 或留空。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/importing.py" line="497"/>
        <source>opening_points cannot be negative.</source>
        <translation>期初积分不能为负。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="144"/>
        <source>The gift needs a name.</source>
        <translation>礼品需要名称。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="146"/>
        <source>A gift&apos;s cost cannot be negative.</source>
        <translation>礼品成本不能为负。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="154"/>
        <source>There is already a gift called {name}.</source>
        <translation>已有名为 {name} 的礼品。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="283"/>
        <source>Say what the gift is for.</source>
        <translation>请说明赠送事宜。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="286"/>
        <source>Say why this gift is given outside the plan.</source>
        <translation>请说明为什么在计划之外赠送此礼品。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/gifts.py" line="414"/>
        <source>This gift is outside the care standard for the tier: give a reason.</source>
        <translation>该礼品超出了此等级的客情维护标准：请填写原因。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/calls.py" line="202"/>
        <source>Say when to call her back.</source>
        <translation>请填写回电时间。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="723"/>
        <source>Say why the sale is voided.</source>
        <translation>请说明作废原因。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="936"/>
        <source>Enter the points to add or take off.</source>
        <translation>请输入要增加或扣减的积分。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="939"/>
        <source>Say why the points are corrected.</source>
        <translation>请说明更正积分的原因。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/sales.py" line="948"/>
        <source>She has only {balance} points: the balance cannot go below 0.</source>
        <translation>她只有{balance}积分：余额不能低于0。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/segments.py" line="50"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入{low}到{high}之间的整数。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/segments.py" line="72"/>
        <source>Enter the price in yuan, e.g. 600.</source>
        <translation>请输入价格（元），如600。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/segments.py" line="78"/>
        <source>Tiers are A, B and C.</source>
        <translation>级别为A、B、C。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/kpis.py" line="60"/>
        <source>A number of receipts cannot be negative.</source>
        <translation>小票数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/segments.py" line="187"/>
        <source>Give the list a name.</source>
        <translation>请为名单命名。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="305"/>
        <source>{rule}: enter a number from {low} to {high} ({unit}).</source>
        <translation>{rule}：请输入 {low} 到 {high} 之间的数字（{unit}）。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="317"/>
        <source>“{first}” must come before “{second}”.</source>
        <translation>“{first}”必须早于“{second}”。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/rules.py" line="319"/>
        <source>“{first}” must not be more than “{second}”.</source>
        <translation>“{first}”不能大于“{second}”。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/text.py" line="34"/>
        <source>{column}: holds an invisible control character ({code}); type the text again.</source>
        <translation>{column}：含有不可见的控制字符（{code}），请重新输入。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/services/signing_keys.py" line="44"/>
        <source>The shop&apos;s passphrase needs at least {n} characters.</source>
        <extracomment>The shop&apos;s passphrase: long enough that guessing it offline, at the cost below, is out of reach. What one guess of the passphrase costs (argon2id), measured on the PC where the key is sealed.</extracomment>
        <translation>店铺口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/sms_texts.py" line="45"/>
        <source>Write the message for this reason.</source>
        <translation>请填写这个原因的短信内容。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/domain/sms_texts.py" line="52"/>
        <source>A message may have at most {n} characters.</source>
        <translation>短信最多 {n} 个字。</translation>
    </message>
</context>
<context>
    <name>VoidSaleDialog</name>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/void_sale.py" line="23"/>
        <source>Void receipt {receipt_no}</source>
        <translation>作废小票 {receipt_no}</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/void_sale.py" line="33"/>
        <source>e.g. wrong customer, wrong price</source>
        <translation>例如：选错顾客、价格输错</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/void_sale.py" line="37"/>
        <source>Every piece of the sale is taken back: the points it earned come off her balance and the points she paid with go back on it. The sale stays on record with its void.</source>
        <translation>这笔销售的所有商品都将收回：所得积分从余额扣除，用于抵扣的积分退回余额。销售记录和作废记录都会保留。</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/void_sale.py" line="43"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/void_sale.py" line="44"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/void_sale.py" line="45"/>
        <source>Manager&apos;s PIN</source>
        <translation>店长密码</translation>
    </message>
    <message>
        <location filename="../../boutique_vip/gui/dialogs/void_sale.py" line="64"/>
        <source>Receipt {receipt_no} voided: refund {amount} yuan.</source>
        <translation>小票 {receipt_no} 已作废：退款 {amount} 元。</translation>
    </message>
</context>
</TS>
